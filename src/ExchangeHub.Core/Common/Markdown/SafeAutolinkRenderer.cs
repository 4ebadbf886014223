using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace ExchangeHub.Core.Common.Markdown;

// <https://example.jp> and <lab@example.jp>. CommonMark takes any scheme here, <javascript:...> too, so the URL
// is checked like any other link's; a refused one stays as text in an <a> without href.
internal sealed class SafeAutolinkRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            base.Write(renderer, obj);
            return;
        }

        var href = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        if (SafeUrl.IsAllowed(href))
        {
            renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\" rel=\"" + SafeLinkRenderer.LinkRel + "\">");
        }
        else
        {
            renderer.Write("<a>");
        }

        renderer.WriteEscape(obj.Url).Write("</a>");
    }
}
