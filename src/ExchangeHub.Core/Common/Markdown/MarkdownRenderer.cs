using ExchangeHub.Core.Common.Metrics;
using Markdig;

namespace ExchangeHub.Core.Common.Markdown;

/// <summary>
/// Markdown to safe HTML. Register as a singleton: the pipeline is built once and is safe to share between threads.
/// </summary>
/// <remarks>
/// Raw HTML is off, so Markdig writes a closed set of elements; the URLs and attributes in them are chosen by
/// <see cref="SafeHtmlOutput"/> and <see cref="DocumentAdjustments"/>. No HTML sanitiser runs here: tests run every
/// hostile string and a generated corpus through HtmlSanitizer and prove it has nothing left to remove (ADR 0006).
/// </remarks>
public sealed class MarkdownRenderer(HubMetrics? metrics = null) : IMarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelines.Create();

    public string ToSafeHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        metrics?.MarkdownRendered();

        // Markdig.Markdown spelled out: inside this namespace, "Markdown" names the namespace itself.
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        DocumentAdjustments.Apply(document);
        return document.ToHtml(_pipeline);
    }
}
