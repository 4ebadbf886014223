using AngleSharp.Dom;
using ExchangeHub.Core.Common.Markdown;
using Ganss.Xss;

namespace ExchangeHub.Core.Tests.Common.Markdown;

// The sanitiser configuration the renderer's output was once passed through, kept unchanged as the oracle that
// proves the renderer's output needs no cleaning (ADR 0006). Also linked into the benchmark, which reports its cost.
internal static class SafeHtmlSanitizer
{
    private const string LinkRel = "nofollow noopener noreferrer";

    private static readonly string[] _tags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
        "strong", "em", "del", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "img", "input",
        "table", "thead", "tbody", "tr", "th", "td",
    ];

    private static readonly string[] _attributes =
    [
        "href", "src", "alt", "title", "class", "start", "type", "checked", "disabled",
    ];

    // Sanitize() is thread-safe on a shared instance provided nobody changes its configuration, so an instance
    // is configured here once and never touched again. removed hears everything it takes out, for the oracle.
    public static HtmlSanitizer Create(Action<string>? removed = null)
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(_tags);
        options.AllowedAttributes.UnionWith(_attributes);
        options.UriAttributes.UnionWith(["href", "src"]);
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);

        var sanitizer = new HtmlSanitizer(options);
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is { } url && !SafeUrl.IsAllowed(url))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                Finish(element);
            }
        };
        if (removed is not null)
        {
            sanitizer.RemovingTag += (_, e) => removed($"tag <{e.Tag.LocalName}> ({e.Reason})");
            sanitizer.RemovingAttribute += (_, e) => removed($"attribute {e.Attribute.Name}=\"{e.Attribute.Value}\" on <{e.Tag.LocalName}> ({e.Reason})");
            sanitizer.RemovingCssClass += (_, e) => removed($"class {e.CssClass} on <{e.Tag.LocalName}> ({e.Reason})");
            sanitizer.RemovingStyle += (_, e) => removed($"style {e.Style.Name} on <{e.Tag.LocalName}> ({e.Reason})");
            sanitizer.RemovingComment += (_, e) => removed($"comment {e.Comment.TextContent}");
        }

        return sanitizer;
    }

    private static void Finish(IElement element)
    {
        switch (element.LocalName)
        {
            case "a" when element.HasAttribute("href"):
                element.SetAttribute("rel", LinkRel);
                break;
            case "input":
                // Only task-list boxes come from Markdown; keep them read-only whatever was written.
                element.SetAttribute("type", "checkbox");
                element.SetAttribute("disabled", "disabled");
                break;
            default:
                break;
        }
    }
}
