using ExchangeHub.Core.Features.Search;

namespace ExchangeHub.Core.Tests.Features.Search;

/// <summary>
/// The relevance set: queries typed the ways people type Japanese, each with the result that must come first ("a|b"
/// when either may) and results that must be found. Kept passing as the analysis or scoring changes.
/// </summary>
public sealed class RelevanceTests : IDisposable
{
    private readonly SearchIndex _index = SearchCorpus.NewIndex();

    public static TheoryData<string, string, string[]> Set => new()
    {
        // No spaces between words: the parts are found wherever they stand, the exact run first.
        { "農業用ドローン", "insurance", ["senboku", "spray", "delivery"] },
        // Hiragana, half-width and the katakana as written all find the same documents.
        { "どろーん", "insurance|spray|delivery", ["spray", "delivery", "senboku", "insurance"] },
        { "ﾄﾞﾛｰﾝ", "insurance|spray|delivery", ["spray", "delivery", "senboku", "insurance"] },
        { "ドローン", "insurance|spray|delivery", ["spray", "delivery", "senboku", "insurance"] },
        // Full-width, half-width and either case of Latin letters.
        { "ＤＸ", "dxplan|senboku", ["dxplan", "senboku"] },
        { "dx", "dxplan|senboku", ["dxplan", "senboku"] },
        { "iot", "buoy", ["ishinomaki"] },
        { "IoTブイ", "buoy", ["ishinomaki"] },
        { "KPI", "kpi", ["aizu"] },
        { "maas", "kobe", [] },
        { "ev シェアリング", "ev", ["miyakojima"] },
        // A long-vowel variant and a typo still find something sensible.
        { "ドロン", "insurance|spray|delivery", ["spray", "delivery", "senboku"] },
        { "コンピュータ", "tablet", [] },
        { "dorne port", "delivery", [] },
        // Several words: the document with all of them first; a rare word weighs as much as a long one.
        { "高齢者 通院", "ondemand", ["kobe"] },
        { "漁場 水温", "buoy", ["ishinomaki"] },
        { "会津若松", "aizu", ["kpi"] },
        { "ドローン 定期運搬", "delivery", ["spray", "insurance"] },
        { "どろーん kamome", "shuttle", ["spray", "delivery", "insurance"] },
        { "散布 申込み", "spray-talk", ["spray"] },
        // Words of a place or a theme that the text does not contain.
        { "秋田県", "senboku", [] },
        { "水産業", "ishinomaki|buoy", ["ishinomaki", "buoy"] },
    };

    [Theory]
    [MemberData(nameof(Set))]
    public void Search_RelevanceSet_BestFirstAndExpectedFound(string query, string best, string[] alsoFound)
    {
        var results = _index.Search(new SearchRequest(query, SignedIn: true, Take: 10));

        var ids = results.Items.Select(hit => hit.Id).ToList();
        Assert.True(ids.Count > 0 && best.Split('|').Contains(ids[0]), $"{query}: expected {best} first, got [{string.Join(", ", ids)}]");
        Assert.All(alsoFound, id => Assert.Contains(id, ids));
    }

    public void Dispose() => _index.Dispose();
}
