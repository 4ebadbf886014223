using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExchangeHub.Core.Common.Markdown;

// One walk over the tree for every adjustment, by index and sibling links: no iterator or list per document.
internal static class DocumentAdjustments
{
    private const int MaxHeadingLevel = 6;

    public static void Apply(MarkdownDocument document) => Walk(document);

    private static void Walk(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is Table table)
            {
                MoveAlignmentToClasses(table);
            }

            if (block is ContainerBlock children)
            {
                Walk(children);
                continue;
            }

            if (block is HeadingBlock heading)
            {
                // The page around the text owns <h1>, so an author's "# Title" becomes <h2>.
                heading.Level = Math.Min(heading.Level + 1, MaxHeadingLevel);
            }

            if (block is LeafBlock { Inline: { } inline })
            {
                Walk(inline);
            }
        }
    }

    private static void Walk(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { IsAutoLink: true } link)
            {
                // Inserts the trimmed text after the link, which the walk then passes over as a plain literal.
                JapaneseAutoLinks.TrimTrailingText(link);
            }
            else if (inline is ContainerInline children)
            {
                Walk(children);
            }
        }
    }

    // Markdig writes column alignment as a style attribute, which the output never carries; a class does.
    private static void MoveAlignmentToClasses(Table table)
    {
        var columns = table.ColumnDefinitions;
        for (var r = 0; r < table.Count; r++)
        {
            if (table[r] is not TableRow row)
            {
                continue;
            }

            for (var position = 0; position < row.Count; position++)
            {
                var cell = (TableCell)row[position];
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : position;
                var alignment = column < columns.Count ? columns[column].Alignment : null;
                if (alignment is { } align)
                {
                    cell.GetAttributes().AddClass(ClassFor(align));
                }
            }
        }

        foreach (var column in columns)
        {
            column.Alignment = null;
        }
    }

    private static string ClassFor(TableColumnAlign alignment) => alignment switch
    {
        TableColumnAlign.Center => "align-center",
        TableColumnAlign.Right => "align-right",
        _ => "align-left",
    };
}
