using System.Net;
using System.Text.RegularExpressions;

namespace ExchangeHub.Core.Tests.Common.Markdown;

// Checks rendered HTML the way a browser would read it, without trusting the sanitizer's own parser.
internal static partial class SafeHtmlAssert
{
    private static readonly string[] _forbiddenTags = ["script", "style", "iframe", "object", "embed", "form", "svg", "math"];
    private static readonly string[] _allowedSchemes = ["http", "https", "mailto"];

    public static void IsSafe(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        foreach (Match tag in Tag().Matches(html))
        {
            Assert.DoesNotContain(tag.Groups["name"].Value.ToLowerInvariant(), _forbiddenTags);

            // Values are always double-quoted with quotes inside encoded, so blanking them leaves only names.
            var attributes = tag.Groups["attributes"].Value;
            var names = QuotedValue().Replace(attributes, "\"\"");
            foreach (Match name in AttributeName().Matches(names))
            {
                var attribute = name.Value.ToLowerInvariant();
                Assert.False(attribute.StartsWith("on", StringComparison.Ordinal), $"event handler in {tag.Value}");
                Assert.NotEqual("style", attribute);
            }

            Assert.Equal(UrlAttributeName().Count(names), UrlAttribute().Count(attributes));
            foreach (Match url in UrlAttribute().Matches(attributes))
            {
                Assert.True(IsSafeUrl(url.Groups["url"].Value), $"unsafe URL in {tag.Value}");
            }
        }
    }

    private static bool IsSafeUrl(string attributeValue)
    {
        var decoded = WebUtility.HtmlDecode(attributeValue);
        return HasSafeScheme(decoded) && HasSafeScheme(Uri.UnescapeDataString(decoded));
    }

    private static bool HasSafeScheme(string url)
    {
        var compact = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        var scheme = Scheme().Match(compact);
        return !scheme.Success || _allowedSchemes.Contains(scheme.Groups["scheme"].Value);
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][^\s/>]*)(?<attributes>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"(?<=\s)[^\s=/>""]+")]
    private static partial Regex AttributeName();

    [GeneratedRegex(@"\s(?:href|src)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttributeName();

    [GeneratedRegex(@"\s(?:href|src)\s*=\s*""(?<url>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"^(?<scheme>[a-z][a-z0-9+.\-]*):")]
    private static partial Regex Scheme();
}
