using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// A short passage of a document's plain text around its best matches, HTML-escaped, with each match in
/// &lt;mark&gt;. Matches are found on folded text and mapped back to the characters as written. (Lucene's highlighter
/// groups overlapping tokens, and overlapping bigrams would make a whole sentence one mark.)
/// </summary>
public static partial class Snippets
{
    public const int Length = 120;
    private const int Lead = 20;

    public static string Build(string text, IReadOnlyList<QueryTerm> terms)
    {
        using var folding = new FoldingCharFilter(new StringReader(text));
        var folded = folding.ReadToEnd();
        var marks = Merge(Find(folded, terms)).Select(m => (Start: folding.CorrectOffset(m.Start), End: folding.CorrectOffset(m.End))).ToList();
        var start = BestStart(marks, text);
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        var html = new StringBuilder(start > 0 ? "…" : "");
        var at = start;
        foreach (var (markStart, markEnd) in marks.Where(m => m.End > start && m.Start < end))
        {
            var from = Math.Max(markStart, start);
            html.Append(Encode(text[at..from])).Append("<mark>").Append(Encode(text[from..Math.Min(markEnd, end)])).Append("</mark>");
            at = Math.Min(markEnd, end);
        }

        return html.Append(Encode(text[at..end])).Append(end < text.Length ? "…" : "").ToString();
    }

    // Bigrams and kana or kanji anywhere; Latin words and numbers only whole, or one or two typos away.
    private static IEnumerable<(int Start, int End)> Find(string folded, IReadOnlyList<QueryTerm> terms)
    {
        foreach (var term in terms.Where(t => !t.IsWord).Select(t => t.Text).Distinct())
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                yield return (at, at + term.Length);
            }
        }

        var words = terms.Where(t => t.IsWord).Select(t => t.Text).Distinct().ToList();
        if (words.Count == 0)
        {
            yield break;
        }

        foreach (Match word in LatinWord().Matches(folded))
        {
            if (words.Any(w => w == word.Value || (w.Length >= 4 && Edits.Within(w, word.Value, w.Length >= 8 ? 2 : 1))))
            {
                yield return (word.Index, word.Index + word.Length);
            }
        }
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> found)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var mark in found.OrderBy(m => m.Start))
        {
            if (merged.Count > 0 && mark.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, mark.End));
            }
            else
            {
                merged.Add(mark);
            }
        }

        return merged;
    }

    // Starts a little before the mark whose window holds the most marked characters.
    private static int BestStart(List<(int Start, int End)> marks, string text)
    {
        if (marks.Count == 0)
        {
            return 0;
        }

        var best = marks.MaxBy(anchor => marks
            .Where(m => m.Start >= anchor.Start && m.End <= anchor.Start + Length - Lead)
            .Sum(m => m.End - m.Start));
        var start = Math.Clamp(best.Start - Lead, 0, Math.Max(0, text.Length - Length));
        return start > 0 && char.IsLowSurrogate(text[start]) ? start - 1 : start;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(Whitespace().Replace(text, " "));

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
