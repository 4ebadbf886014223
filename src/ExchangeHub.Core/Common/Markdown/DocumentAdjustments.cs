using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ExchangeHub.Core.Common.Markdown;

internal static class DocumentAdjustments
{
    private const int MaxHeadingLevel = 6;

    public static void Apply(MarkdownDocument document)
    {
        // The page around the text owns <h1>, so an author's "# Title" becomes <h2>.
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, MaxHeadingLevel);
        }

        foreach (var table in document.Descendants<Table>())
        {
            MoveAlignmentToClasses(table);
        }

        JapaneseAutoLinks.TrimTrailingText(document);
    }

    // Markdig writes column alignment as a style attribute, which the sanitizer drops; a class survives.
    private static void MoveAlignmentToClasses(Table table)
    {
        var columns = table.ColumnDefinitions;
        foreach (var row in table.OfType<TableRow>())
        {
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
