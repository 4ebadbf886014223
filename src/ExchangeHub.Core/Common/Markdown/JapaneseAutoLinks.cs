using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
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
    public static void TrimTrailingText(LinkInline link)
    {
        if (link.FirstChild is not LiteralInline label || link.Url is not { } url)
        {
            return;
        }

        var content = label.Content;
        var text = content.AsSpan();
        var cut = text.IndexOfAnyExceptInRange('\0', '\x7F');
        if (cut <= 0 || !url.AsSpan().EndsWith(text[cut..], StringComparison.Ordinal))
        {
            return;
        }

        var tail = text[cut..].ToString();
        label.Content = new StringSlice(content.Text, content.Start, content.Start + cut - 1);
        link.Url = url[..^tail.Length];
        link.InsertAfter(new LiteralInline(tail));
    }

    private static string Range(char first, char last) =>
        new([.. Enumerable.Range(first, last - first + 1).Select(code => (char)code)]);
}
