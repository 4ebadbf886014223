using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.CaseStudies;

public sealed class CaseStudyGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ReviseAsync_TwoEdits_KeepsEveryRevision()
    {
        var id = Ids.New();
        var caseStudy = fixture.Grains.GetGrain<ICaseStudyGrain>(id);
        await caseStudy.CreateAsync("lab", Samples.CaseStudy("初版"), "<p>1</p>", "thread", "佐藤");

        await caseStudy.ReviseAsync(Samples.CaseStudy("第二版"), "<p>2</p>", "田中");
        var latest = (await caseStudy.ReviseAsync(Samples.CaseStudy("第三版"), "<p>3</p>", "佐藤")).ValueOrThrow();

        Assert.Equal(3, latest.Revision);
        Assert.Equal("<p>3</p>", latest.Html);
        Assert.Equal(["初版", "第二版", "第三版"], latest.Revisions.Select(r => r.Title));
        var second = await fixture.Grains.GetGrain<ICaseStudyRevisionGrain>(ICaseStudyRevisionGrain.Key(id, 2)).GetAsync();
        Assert.Equal(("第二版", "<p>2</p>", "田中"), (second?.Fields.Title, second?.Html, second?.EditorName));
    }

    [Fact]
    public async Task ReviseAsync_UnknownCaseStudy_NotFound()
    {
        var revised = await fixture.Grains.GetGrain<ICaseStudyGrain>(Ids.New()).ReviseAsync(Samples.CaseStudy(), "", "佐藤");

        Assert.Equal(ProblemKind.NotFound, revised.Problem?.Kind);
    }

    [Fact]
    public async Task CreateAsync_Twice_ConflictsAndKeepsFirst()
    {
        var caseStudy = fixture.Grains.GetGrain<ICaseStudyGrain>(Ids.New());
        await caseStudy.CreateAsync("lab", Samples.CaseStudy("初版"), "", "thread", "佐藤");

        var again = await caseStudy.CreateAsync("other", Samples.CaseStudy("別物"), "", "thread", "田中");

        Assert.Equal(ProblemKind.Conflict, again.Problem?.Kind);
        Assert.Equal("lab", await caseStudy.GetLabIdAsync());
    }
}
