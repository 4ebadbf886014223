namespace ExchangeHub.Core.Common.Markdown;

/// <summary>The words of a Markdown text without its markup, for search; parsed with the same pipeline as rendering.</summary>
public static class MarkdownText
{
    private static readonly Markdig.MarkdownPipeline _pipeline = MarkdownPipelines.Create();

    public static string ToPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, _pipeline).Trim();
}
