using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExchangeHub.Core.Common.Markdown;

// Markdig writes XHTML's "<br />"; the stored HTML has always been HTML5's "<br>", as browsers serialise it.
internal static class SafeHtmlVoidElements
{
    public sealed class LineBreak : LineBreakInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
        {
            if (renderer.EnableHtmlForInline && (obj.IsHard || RenderAsHardlineBreak))
            {
                renderer.WriteLine("<br>");
                return;
            }

            base.Write(renderer, obj);
        }
    }

    public sealed class ThematicBreak : ThematicBreakRenderer
    {
        protected override void Write(HtmlRenderer renderer, ThematicBreakBlock obj)
        {
            if (renderer.EnableHtmlForBlock)
            {
                renderer.WriteLine("<hr>");
                return;
            }

            base.Write(renderer, obj);
        }
    }

    // Only the box and its state are written, never attributes from the tree: a task-list box is always read-only.
    public sealed class TaskListBox : HtmlTaskListRenderer
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj)
        {
            if (!renderer.EnableHtmlForInline)
            {
                base.Write(renderer, obj);
                return;
            }

            renderer.Write(obj.Checked
                ? "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\">"
                : "<input disabled=\"disabled\" type=\"checkbox\">");
        }
    }
}
