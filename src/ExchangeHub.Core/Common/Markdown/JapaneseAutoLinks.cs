using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExchangeHub.Core.Common.Markdown;

// Japanese prose puts a bare URL right after kana or punctuation, with no space either side:
// 詳細は（https://example.jp/case）をご覧ください。
internal static class JapaneseAutoLinks
{
    public static AutoLinkOptions Options { get; } = new()
    {
        ValidPreviousCharacters = "*_~(" + Range('\u3000', '\u30FF') + Range('\uFF01', '\uFF60'),
    };

    // A bare URL runs until whitespace, so "https://example.jp/caseです。" would swallow the sentence.
    // The link is cut at its first non-ASCII character and the rest given back as text.
    public static void TrimTrailingText(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(link => link.IsAutoLink).ToList())
        {
            if (link.FirstChild is not LiteralInline label || link.Url is not { } url)
            {
                continue;
            }

            var text = label.Content.ToString();
            var cut = text.AsSpan().IndexOfAnyExceptInRange('\0', '\x7F');
            var tail = cut > 0 ? text[cut..] : string.Empty;
            if (tail.Length == 0 || !url.EndsWith(tail, StringComparison.Ordinal))
            {
                continue;
            }

            label.Content = new StringSlice(text[..cut]);
            link.Url = url[..^tail.Length];
            link.InsertAfter(new LiteralInline(tail));
        }
    }

    private static string Range(char first, char last) =>
        new([.. Enumerable.Range(first, last - first + 1).Select(code => (char)code)]);
}
