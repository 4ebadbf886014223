namespace ExchangeHub.Core.Common.Markdown;

internal static class SafeUrl
{
    // Longer than any allowed scheme ("mailto"), so a longer one is refused without being compared.
    private const int LongestScheme = 6;

    // True for a relative URL or one whose scheme is http, https or mailto.
    // A percent-encoded colon makes a harmless relative path for a browser, but the decoded form is
    // checked too so that nothing downstream that decodes URLs can turn it into a script link.
    public static bool IsAllowed(string url) =>
        HasAllowedScheme(url) && (!url.Contains('%', StringComparison.Ordinal) || HasAllowedScheme(Uri.UnescapeDataString(url)));

    // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so they are
    // skipped here too. The first of ':', '/', '\', '?' or '#' decides: a colon ends a scheme, anything
    // else starts a path, query or fragment of a relative URL. Runs once per link, without allocating.
    private static bool HasAllowedScheme(string url)
    {
        Span<char> scheme = stackalloc char[LongestScheme];
        var length = 0;
        foreach (var c in url)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                continue;
            }

            switch (c)
            {
                case ':':
                    return length <= LongestScheme && IsAllowedScheme(scheme[..length]);
                case '/' or '\\' or '?' or '#':
                    return true;
                default:
                    if (length < LongestScheme)
                    {
                        scheme[length] = c;
                    }

                    length++;
                    break;
            }
        }

        return true;
    }

    private static bool IsAllowedScheme(ReadOnlySpan<char> scheme) =>
        scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
        || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
        || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
}
