using ExchangeHub.Core.Common.Metrics;
using Ganss.Xss;
using Markdig;

namespace ExchangeHub.Core.Common.Markdown;

/// <summary>
/// Markdown to sanitised HTML. Register as a singleton: the pipeline and the sanitizer are built once,
/// and both are safe to share between threads as long as nobody reconfigures them.
/// </summary>
public sealed class MarkdownRenderer(HubMetrics? metrics = null) : IMarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelines.Create();
    private readonly HtmlSanitizer _sanitizer = SafeHtmlSanitizer.Create();

    public string ToSafeHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        metrics?.MarkdownRendered();

        // Markdig.Markdown spelled out: inside this namespace, "Markdown" names the namespace itself.
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        DocumentAdjustments.Apply(document);
        var html = document.ToHtml(_pipeline);
        return _sanitizer.Sanitize(html);
    }
}
