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

    /// <summary>Runs of overlapping bigrams (ドロ ロー ーン): each run is a word as typed, matched best as a phrase.</summary>
    public static IEnumerable<IReadOnlyList<QueryTerm>> Runs(IReadOnlyList<QueryTerm> terms)
    {
        var run = new List<QueryTerm>();
        foreach (var term in terms)
        {
            if (run.Count > 0 && term.Start >= run[^1].End)
            {
                yield return run;
                run = [];
            }

            run.Add(term);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
