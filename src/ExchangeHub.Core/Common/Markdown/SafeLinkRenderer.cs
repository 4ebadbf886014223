using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace ExchangeHub.Core.Common.Markdown;

// Links and images, written with only the attributes we choose. A refused link keeps its text in an <a> without
// href (which browsers show as plain text); a refused image shows its alt text.
internal sealed class SafeLinkRenderer : LinkInlineRenderer
{
    public const string LinkRel = "nofollow noopener noreferrer";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }

        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        var allowed = url is not null && SafeUrl.IsAllowed(url);
        if (link.IsImage)
        {
            WriteImage(renderer, link, allowed ? url : null);
        }
        else
        {
            WriteLink(renderer, link, allowed ? url : null);
        }
    }

    private static void WriteImage(HtmlRenderer renderer, LinkInline image, string? url)
    {
        if (url is null)
        {
            WriteAsText(renderer, image);
            return;
        }

        renderer.Write("<img src=\"").WriteEscapeUrl(url).Write("\" alt=\"");
        WriteAsText(renderer, image);
        renderer.Write('"');
        WriteTitle(renderer, image);
        renderer.Write('>');
    }

    private static void WriteLink(HtmlRenderer renderer, LinkInline link, string? url)
    {
        if (url is null)
        {
            renderer.Write("<a>").WriteChildren(link);
            renderer.Write("</a>");
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"');
        WriteTitle(renderer, link);
        renderer.Write(" rel=\"" + LinkRel + "\">").WriteChildren(link);
        renderer.Write("</a>");
    }

    private static void WriteTitle(HtmlRenderer renderer, LinkInline link)
    {
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }
    }

    // An image's description is text wherever it goes: the alt attribute, or the page when the image is refused.
    private static void WriteAsText(HtmlRenderer renderer, LinkInline image)
    {
        var html = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(image);
        renderer.EnableHtmlForInline = html;
    }
}
