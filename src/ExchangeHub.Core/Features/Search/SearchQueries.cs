using ExchangeHub.Core.Common.Geography;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// Builds Lucene queries in code from the analysed text (never parsed, so no syntax can fail): every bigram and word
/// on title, text and context; the long-vowel-free variant; a phrase per run as typed; fuzzy Latin words.
/// </summary>
public sealed class SearchQueries(SearchAnalyzer analyzer, SearchAnalyzer variantAnalyzer)
{
    private const float TitleBoost = 3f;
    private const float ContextBoost = 0.5f;
    private const float LabWordsBoost = 0.2f;
    private const float VariantBoost = 0.4f;
    private const float PhraseBoost = 2f;
    private const float FuzzyBoost = 0.3f;

    /// <summary>The scoring query (null when the text holds nothing to search for) and the terms it was built of.</summary>
    public (Query? Query, IReadOnlyList<QueryTerm> Terms) Build(string text)
    {
        var terms = QueryTerms.Of(analyzer, SearchFields.Text, text);
        return terms.Count == 0 ? (null, terms) : (Build(text, terms), terms);
    }

    private BooleanQuery Build(string text, IReadOnlyList<QueryTerm> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms.DistinctBy(t => t.Text))
        {
            Should(query, new TermQuery(new Term(SearchFields.Title, term.Text)), TitleBoost);
            Should(query, new TermQuery(new Term(SearchFields.Text, term.Text)), 1f);
            Should(query, new TermQuery(new Term(SearchFields.Context, term.Text)), ContextBoost);
            Should(query, new TermQuery(new Term(SearchFields.LabWords, term.Text)), LabWordsBoost);
            if (term.IsWord && term.Text.Length >= 4)
            {
                var edits = term.Text.Length >= 8 ? 2 : 1;
                Should(query, new FuzzyQuery(new Term(SearchFields.Text, term.Text), edits, 1), FuzzyBoost);
                Should(query, new FuzzyQuery(new Term(SearchFields.Title, term.Text), edits, 1), FuzzyBoost * TitleBoost);
            }
        }

        foreach (var term in QueryTerms.Of(variantAnalyzer, SearchFields.Variant(SearchFields.Text), text).Select(t => t.Text).Distinct())
        {
            Should(query, new TermQuery(new Term(SearchFields.Variant(SearchFields.Title), term)), VariantBoost * TitleBoost);
            Should(query, new TermQuery(new Term(SearchFields.Variant(SearchFields.Text), term)), VariantBoost);
        }

        foreach (var run in QueryTerms.Runs(terms).Where(run => run.Count > 1))
        {
            Should(query, Phrase(SearchFields.Title, run), PhraseBoost * TitleBoost);
            Should(query, Phrase(SearchFields.Text, run), PhraseBoost);
        }

        return query;
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
