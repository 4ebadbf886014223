using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExchangeHub.Core.Features.Search;

/// <summary>One token of an analysed query: its text, its kind (a word, a bigram, a lone kana or kanji) and its place.</summary>
public sealed record QueryTerm(string Text, string Kind, int Start, int End)
{
    /// <summary>A Latin word or a number: the kind that typos are forgiven for.</summary>
    public bool IsWord => Kind == "<ALPHANUM>";
}

public static class QueryTerms
{
    /// <summary>The most distinct terms one query uses, which bounds its clauses whatever was pasted into the box.</summary>
    public const int MaxTerms = 64;

    public static IReadOnlyList<QueryTerm> Of(Analyzer analyzer, string field, string text)
    {
        var terms = new List<QueryTerm>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var kind = stream.AddAttribute<ITypeAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < MaxTerms)
        {
            terms.Add(new QueryTerm(term.ToString(), kind.Type, offsets.StartOffset, offsets.EndOffset));
        }

        stream.End();
        return terms;
    }

    /// <summary>
    /// Runs of overlapping bigrams (ドロ ロー ーン): each run is a word as typed, matched best as a phrase. A katakana
    /// word ends a run where it meets kanji or kana as typed (農業用|ドローン); the bigram across that edge (用ド) is
    /// an accident of adjacency and is left out. Kanji with hiragana stays one run (担い手, 見守り).
    /// </summary>
    public static IEnumerable<IReadOnlyList<QueryTerm>> Runs(IReadOnlyList<QueryTerm> terms, string text)
    {
        var run = new List<QueryTerm>();
        foreach (var term in terms)
        {
            var bridge = term.Kind == "<DOUBLE>" && term.End <= text.Length && IsKatakana(text[term.Start]) != IsKatakana(text[term.End - 1]);
            if (run.Count > 0 && (bridge || term.Start >= run[^1].End))
            {
                yield return run;
                run = [];
            }

            if (!bridge)
            {
                run.Add(term);
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static bool IsKatakana(char character) => character is (>= '\u30A0' and <= '\u30FF') or (>= '\uFF66' and <= '\uFF9F');
}
