using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ExchangeHub.Core.Common.Markdown;

namespace ExchangeHub.Core.Tests.Common.Markdown;

// Runs the renderer's output through the sanitiser it no longer needs and reports anything the sanitiser would
// change. Both are compared as parsed trees, so "<br>" against "<br />" or "&quot;" against '"' are no difference.
internal static class SanitizerOracle
{
    /// <summary>Null when the sanitiser leaves the rendered HTML as it is, otherwise what it changed.</summary>
    public static string? Check(MarkdownRenderer renderer, string markdown) =>
        Compare(renderer.ToSafeHtml(markdown)) is { } difference ? $"{difference}\n  markdown: {Show(markdown)}" : null;

    /// <summary>Null when the sanitiser leaves this HTML as it is, otherwise what it changed.</summary>
    public static string? Compare(string html)
    {
        var removals = new List<string>();
        var cleaned = SafeHtmlSanitizer.Create(removals.Add).Sanitize(html);
        var parser = new HtmlParser();

        // The trees decide, not the removals: the sanitiser drops every rel and then sets it again on links with an href.
        var difference = Difference(Body(parser, html), Body(parser, cleaned), "body");
        return difference is null
            ? null
            : $"{difference}\n  removed: {string.Join("; ", removals)}\n  rendered: {Show(html)}\n  sanitised: {Show(cleaned)}";
    }

    private static IElement Body(HtmlParser parser, string html) =>
        parser.ParseDocument("<!doctype html><html><body>" + html).Body ?? throw new InvalidOperationException("No body.");

    private static string? Difference(INode ours, INode theirs, string path)
    {
        if (ours.NodeType != theirs.NodeType || ours.NodeName != theirs.NodeName)
        {
            return $"{path}: {ours.NodeName} became {theirs.NodeName}";
        }

        if (ours is IElement element && theirs is IElement other)
        {
            if (element.NamespaceUri != other.NamespaceUri || element.Attributes.Length != other.Attributes.Length)
            {
                return $"{path}: attributes [{Attributes(element)}] became [{Attributes(other)}]";
            }

            foreach (var attribute in element.Attributes)
            {
                if (other.GetAttribute(attribute.NamespaceUri, attribute.LocalName) != attribute.Value)
                {
                    return $"{path}: attributes [{Attributes(element)}] became [{Attributes(other)}]";
                }
            }
        }
        else if (ours.NodeValue != theirs.NodeValue)
        {
            return $"{path}: text \"{ours.NodeValue}\" became \"{theirs.NodeValue}\"";
        }

        if (ours.ChildNodes.Length != theirs.ChildNodes.Length)
        {
            return $"{path}: {ours.ChildNodes.Length} children became {theirs.ChildNodes.Length}";
        }

        for (var i = 0; i < ours.ChildNodes.Length; i++)
        {
            if (Difference(ours.ChildNodes[i], theirs.ChildNodes[i], $"{path}/{ours.ChildNodes[i].NodeName.ToLowerInvariant()}[{i}]") is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Attributes(IElement element) => string.Join(" ", element.Attributes.Select(a => $"{a.Name}=\"{a.Value}\""));

    private static string Show(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);
}
