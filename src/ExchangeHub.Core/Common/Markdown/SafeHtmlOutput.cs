using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace ExchangeHub.Core.Common.Markdown;

// Registered last, so it replaces the renderers the other extensions have set up. With raw HTML off, these are
// the only places where Markdig writes a URL or an input element: each URL is checked where it is written, so no
// change to the tree after the adjustments can slip one past the check. Void elements are written as HTML5 writes them (<br>).
internal sealed class SafeHtmlOutput : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        var breaks = html.ObjectRenderers.FindExact<LineBreakInlineRenderer>();
        Replace<LineBreakInlineRenderer>(html, new SafeHtmlVoidElements.LineBreak { RenderAsHardlineBreak = breaks?.RenderAsHardlineBreak ?? false });
        Replace<ThematicBreakRenderer>(html, new SafeHtmlVoidElements.ThematicBreak());
        Replace<HtmlTaskListRenderer>(html, new SafeHtmlVoidElements.TaskListBox());
        Replace<LinkInlineRenderer>(html, new SafeLinkRenderer());
        Replace<AutolinkInlineRenderer>(html, new SafeAutolinkRenderer());
    }

    private static void Replace<TRenderer>(HtmlRenderer html, IMarkdownObjectRenderer replacement)
        where TRenderer : IMarkdownObjectRenderer
    {
        if (!html.ObjectRenderers.Replace<TRenderer>(replacement))
        {
            html.ObjectRenderers.Add(replacement);
        }
    }
}
