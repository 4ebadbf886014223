using ExchangeHub.Core.Features.Search;
using Lucene.Net.Store;

namespace ExchangeHub.Core.Tests.Features.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly SearchIndex _index = SearchCorpus.NewIndex();

    [Fact]
    public void Search_Filters_OnlyMatchingTypePlaceAndTheme()
    {
        var caseStudies = _index.Search(new SearchRequest("ドローン", Type: SearchTypes.CaseStudy, SignedIn: true));
        var inTohoku = _index.Search(new SearchRequest("水温", Region: "tohoku", SignedIn: true));
        var inKanto = _index.Search(new SearchRequest("水温", Region: "kanto", SignedIn: true));
        var inOkinawa = _index.Search(new SearchRequest("", Prefecture: "47", SignedIn: true));
        var education = _index.Search(new SearchRequest("", Theme: "education", SignedIn: true));

        Assert.All(caseStudies.Items, hit => Assert.Equal(SearchTypes.CaseStudy, hit.Type));
        Assert.Equal(["buoy", "ishinomaki"], inTohoku.Items.Select(hit => hit.Id).Order());
        Assert.Empty(inKanto.Items);
        Assert.Equal(["ev", "miyakojima"], inOkinawa.Items.Select(hit => hit.Id).Order());
        Assert.Equal(["dxplan", "kaga", "tablet"], education.Items.Select(hit => hit.Id).Order());
    }

    [Fact]
    public void Search_Anonymous_DoesNotSeeThePublicSquare()
    {
        var anonymous = _index.Search(new SearchRequest("保険", SignedIn: false));
        var signedIn = _index.Search(new SearchRequest("保険", SignedIn: true));

        Assert.DoesNotContain(anonymous.Items, hit => hit.Id == "insurance");
        Assert.Contains(signedIn.Items, hit => hit.Id == "insurance");
    }

    [Fact]
    public void Search_CaseStudyAndItsDiscussion_CarryTheLabsNameAndPlace()
    {
        var results = _index.Search(new SearchRequest("申込み 7月下旬", SignedIn: true));

        var discussion = Assert.Single(results.Items, hit => hit.Id == "spray-talk");
        Assert.Equal(("senboku", "仙北市地域DX推進ラボ", "05"), (discussion.LabId, discussion.LabName, discussion.Prefecture));
    }

    [Fact]
    public void Upsert_LabMoves_ItsCaseStudiesFollowToTheNewPrefecture()
    {
        var moved = SearchCorpus.Documents.Single(d => d.Id == "kaga") with { Prefecture = "18", Title = "福井の加賀市ラボ" };

        _index.Upsert(moved);

        var inFukui = _index.Search(new SearchRequest("", Prefecture: "18", SignedIn: true));
        Assert.Equal(["dxplan", "kaga", "tablet"], inFukui.Items.Select(hit => hit.Id).Order());
        Assert.All(inFukui.Items, hit => Assert.Equal("福井の加賀市ラボ", hit.LabName));
    }

    [Fact]
    public void Search_EmptyOrPunctuationOnly_WithoutFilter_IsEmpty()
    {
        Assert.Empty(_index.Search(new SearchRequest("", SignedIn: true)).Items);
        Assert.Empty(_index.Search(new SearchRequest("、。！？ ", SignedIn: true)).Items);
    }

    [Fact]
    public void Search_VeryLongQuery_AnswersWithoutTooManyClauses()
    {
        var pasted = string.Concat(Enumerable.Repeat("農業用ドローンの共同散布 IoT KPI ", 400));

        var results = _index.Search(new SearchRequest(pasted, SignedIn: true));

        Assert.NotEmpty(results.Items);
    }

    [Fact]
    public void Search_OneBigramOfALongerWord_IsNotAMatch()
    {
        _index.Upsert(SearchCorpus.Documents[0] with { Id = "intern", Title = "地元企業でのインターンシップ", Text = "高校生が参加しました。" });

        var results = _index.Search(new SearchRequest("どろーん", SignedIn: true));

        Assert.DoesNotContain(results.Items, hit => hit.Id == "intern");
    }

    [Fact]
    public void Remove_Document_IsNotFoundAgain()
    {
        _index.Remove(SearchTypes.CaseStudy, "buoy");

        var results = _index.Search(new SearchRequest("IoTブイ", SignedIn: true));

        Assert.DoesNotContain(results.Items, hit => hit.Id == "buoy");
    }

    [Fact]
    public void Seal_ReopenedIndex_KnowsItsGenerationAndDocuments()
    {
        using var directory = new RAMDirectory();
        using (var first = new SearchIndex(directory))
        {
            first.Upsert(SearchCorpus.Documents[0]);
            first.Seal(7);
        }

        using var reopened = new SearchIndex(directory);

        Assert.Equal((7L, 1), (reopened.SealedGeneration, reopened.Count));
    }

    [Fact]
    public void Open_UnsealedChanges_HaveNoGeneration()
    {
        using var directory = new RAMDirectory();
        using (var first = new SearchIndex(directory))
        {
            first.Upsert(SearchCorpus.Documents[0]);
        }

        using var reopened = new SearchIndex(directory);

        Assert.Null(reopened.SealedGeneration);
    }

    public void Dispose() => _index.Dispose();
}
