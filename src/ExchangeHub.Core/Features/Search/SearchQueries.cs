using ExchangeHub.Core.Common.Geography;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// Builds Lucene queries in code from the analysed text (never parsed, so no syntax can fail). Each run of the query
/// as typed (ドローン, 高齢者, IoT) counts as one word: its bigrams share one weight, an exact phrase adds to it, the
/// long-vowel-free variant and fuzzy Latin spellings stand in for it, and the best field answers for it. The more
/// runs a document matches, the higher it ranks, so a long word cannot outweigh a rare one.
/// </summary>
public sealed class SearchQueries(SearchAnalyzer analyzer, SearchAnalyzer variantAnalyzer)
{
    private const float VariantBoost = 0.4f;
    private const float PhraseBoost = 1f;
    private const float FuzzyBoost = 0.3f;
    private const float OtherFieldsShare = 0.1f;

    private static readonly (string Field, float Boost, bool Phrases)[] _fields =
    [
        (SearchFields.Title, 3f, true),
        (SearchFields.Text, 1f, true),
        (SearchFields.Context, 0.5f, false),
        (SearchFields.LabWords, 0.2f, false),
    ];

    /// <summary>The scoring query (null when the text holds nothing to search for) and the terms it was built of.</summary>
    public (Query? Query, IReadOnlyList<QueryTerm> Terms) Build(string text)
    {
        var terms = QueryTerms.Of(analyzer, SearchFields.Text, text);
        if (terms.Count == 0)
        {
            return (null, terms);
        }

        var variants = QueryTerms.Of(variantAnalyzer, SearchFields.Variant(SearchFields.Text), text);
        var query = new BooleanQuery();
        foreach (var run in QueryTerms.Runs(terms, text))
        {
            var (start, end) = (run[0].Start, run[^1].End);
            query.Add(RunQuery(run, [.. variants.Where(v => v.Start < end && v.End > start)]), Occur.SHOULD);
        }

        return (query, terms);
    }

    /// <summary>The exact filters of a request (type, place, theme, who may read), or null when there are none.</summary>
    public static Filter? Filter(SearchRequest request)
    {
        var filter = new BooleanQuery();
        Must(filter, SearchFields.Type, request.Type);
        Must(filter, SearchFields.Prefecture, request.Prefecture);
        Must(filter, SearchFields.Region, request.Region is { } slug && RegionBlocks.TryParseSlug(slug, out var region) ? RegionBlocks.Slug(region) : request.Region);
        Must(filter, SearchFields.Theme, request.Theme);
        Must(filter, SearchFields.Audience, request.SignedIn ? null : SearchTypes.Anyone);
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private static DisjunctionMaxQuery RunQuery(IReadOnlyList<QueryTerm> run, IReadOnlyList<QueryTerm> variants)
    {
        var best = new DisjunctionMaxQuery(OtherFieldsShare);
        foreach (var (field, boost, phrases) in _fields)
        {
            var inField = Terms(field, run.Select(t => t.Text).ToList(), boost);
            if (phrases && run.Count > 1)
            {
                // A phrase weighs the sum of its terms' idf, squared: scaled back, the exact run doubles the run's weight.
                Should(inField, Phrase(field, run), PhraseBoost / (run.Count * run.Count));
            }

            foreach (var word in run.Where(t => phrases && t.IsWord && t.Text.Length >= 4))
            {
                Should(inField, new FuzzyQuery(new Term(field, word.Text), word.Text.Length >= 8 ? 2 : 1, 1), FuzzyBoost);
            }

            best.Add(inField);
            if (phrases && variants.Count > 0)
            {
                best.Add(Terms(SearchFields.Variant(field), variants.Select(t => t.Text).ToList(), boost * VariantBoost));
            }
        }

        return best;
    }

    // The terms of one run share one weight, so a word of six bigrams counts as much as a word of one; a longer word
    // must meet at least half of its bigrams, so インターン is not found by one ーン of ドローン.
    private static BooleanQuery Terms(string field, List<string> terms, float boost)
    {
        var query = new BooleanQuery { Boost = boost, MinimumNumberShouldMatch = terms.Count >= 3 ? (terms.Count + 1) / 2 : 1 };
        foreach (var term in terms)
        {
            Should(query, new TermQuery(new Term(field, term)), 1f / terms.Count);
        }

        return query;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<QueryTerm> run)
    {
        var phrase = new PhraseQuery();
        foreach (var term in run)
        {
            phrase.Add(new Term(field, term.Text));
        }

        return phrase;
    }

    private static void Should(BooleanQuery query, Query clause, float boost)
    {
        clause.Boost = boost;
        query.Add(clause, Occur.SHOULD);
    }

    private static void Must(BooleanQuery filter, string field, string? value)
    {
        if (value is not null)
        {
            filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }
}
