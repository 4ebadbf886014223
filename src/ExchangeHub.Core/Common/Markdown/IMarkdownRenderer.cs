namespace ExchangeHub.Core.Common.Markdown;

/// <summary>Turns what people write into HTML that is safe to show; called once per revision, never while fanning out.</summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string markdown);
}
