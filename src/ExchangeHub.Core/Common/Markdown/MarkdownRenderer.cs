namespace ExchangeHub.Core.Common.Markdown;

public sealed class MarkdownRenderer : IMarkdownRenderer
{
    public string ToSafeHtml(string markdown) => System.Net.WebUtility.HtmlEncode(markdown);
}
