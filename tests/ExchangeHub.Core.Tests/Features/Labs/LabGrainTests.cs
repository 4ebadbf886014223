using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Labs;

public sealed class LabGrainTests(ClusterFixture fixture)
{
    private ILabGrain NewLab() => fixture.Grains.GetGrain<ILabGrain>(Ids.New());

    [Fact]
    public async Task CreateAsync_NewLab_CreatorIsAdmin()
    {
        var lab = NewLab();

        var created = await lab.CreateAsync(Samples.Lab(), "<p>ビジョン</p>", Samples.Admin() with { Role = LabRoles.Member });

        Assert.True(created.IsSuccess);
        Assert.Equal(LabRoles.Admin, Assert.Single(created.ValueOrThrow().Members).Role);
    }

    [Fact]
    public async Task CreateAsync_Twice_Conflicts()
    {
        var lab = NewLab();
        await lab.CreateAsync(Samples.Lab(), "", Samples.Admin());

        var again = await lab.CreateAsync(Samples.Lab("別"), "", Samples.Admin());

        Assert.Equal(ProblemKind.Conflict, again.Problem?.Kind);
        Assert.Equal("仙北市地域DX推進ラボ", (await lab.GetAsync())?.Fields.Name);
    }

    [Fact]
    public async Task GetAsync_UnknownLab_ReturnsNull()
    {
        Assert.Null(await NewLab().GetAsync());
    }

    [Fact]
    public async Task GetRoleAsync_MemberAndStranger_AnswersEach()
    {
        var lab = NewLab();
        var admin = Samples.Admin();
        await lab.CreateAsync(Samples.Lab(), "", admin);

        var ofAdmin = await lab.GetRoleAsync(admin.UserId);
        var ofStranger = await lab.GetRoleAsync("stranger");

        Assert.Equal(new LabRoleAnswer(true, LabRoles.Admin), ofAdmin);
        Assert.Equal(new LabRoleAnswer(true, null), ofStranger);
    }

    [Fact]
    public async Task SetMemberAsync_DemotingLastAdmin_Conflicts()
    {
        var lab = NewLab();
        var admin = Samples.Admin();
        await lab.CreateAsync(Samples.Lab(), "", admin);

        var demoted = await lab.SetMemberAsync(admin with { Role = LabRoles.Member });

        Assert.Equal(ProblemKind.Conflict, demoted.Problem?.Kind);
    }

    [Fact]
    public async Task PublishCaseStudyAsync_NewThenRevised_NumbersEventsAndPublishesThem()
    {
        var lab = NewLab();
        await lab.CreateAsync(Samples.Lab(), "", Samples.Admin());
        var caseStudyId = Ids.New();

        var published = (await lab.PublishCaseStudyAsync(Samples.Card(caseStudyId))).ValueOrThrow();
        var revised = (await lab.PublishCaseStudyAsync(Samples.Card(caseStudyId, "改訂", 2))).ValueOrThrow();

        Assert.Equal((1, LabEventTypes.CaseStudyPublished), (published.Seq, published.Type));
        Assert.Equal((2, LabEventTypes.CaseStudyRevised), (revised.Seq, revised.Type));
        Assert.Contains(ClusterFixture.Feed.Published, e => e == revised);
        var details = await lab.GetAsync();
        Assert.Equal("改訂", Assert.Single(details?.CaseStudies ?? []).Title);
        Assert.Equal(2, details?.LastSeq);
    }

    [Fact]
    public async Task GetEventsAfterAsync_ManyPages_ReturnsEveryEventAfterInOrder()
    {
        var lab = NewLab();
        await lab.CreateAsync(Samples.Lab(), "", Samples.Admin());
        for (var i = 0; i < 250; i++)
        {
            await lab.PublishCaseStudyAsync(Samples.Card(Ids.New(), $"事例 {i}"));
        }

        var events = (await lab.GetEventsAfterAsync(37)).ValueOrThrow();

        Assert.Equal(Enumerable.Range(38, 213).Select(i => (long)i), events.Select(e => e.Seq));
    }

    [Fact]
    public async Task GetEventsAfterAsync_UnknownLab_NotFound()
    {
        var events = await NewLab().GetEventsAfterAsync(0);

        Assert.Equal(ProblemKind.NotFound, events.Problem?.Kind);
    }
}
