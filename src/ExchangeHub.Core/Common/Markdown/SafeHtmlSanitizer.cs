using AngleSharp.Dom;
using Ganss.Xss;

namespace ExchangeHub.Core.Common.Markdown;

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

    // Sanitize() is documented as thread-safe on a shared instance provided nobody changes its
    // configuration, so this instance is configured here once and never touched again.
    public static HtmlSanitizer Create()
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
