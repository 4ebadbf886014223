namespace ExchangeHub.Core.Common.Markdown;

internal static class SafeUrl
{
    private static readonly string[] _allowedSchemes = ["http", "https", "mailto"];

    // True for a relative URL or one whose scheme is http, https or mailto.
    // A percent-encoded colon makes a harmless relative path for a browser, but the decoded form is
    // checked too so that nothing downstream that decodes URLs can turn it into a script link.
    public static bool IsAllowed(string url) =>
        HasAllowedScheme(url) && HasAllowedScheme(Uri.UnescapeDataString(url));

    private static bool HasAllowedScheme(string url)
    {
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"),
        // so the check looks at the URL the way a browser will.
        var compact = string.Concat(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var pathStart = compact.IndexOfAny(['/', '\\', '?', '#']);
        if (pathStart >= 0 && pathStart < colon)
        {
            return true;
        }

        return _allowedSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
