using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Applications;

public sealed class ApplicationGrainTests(ClusterFixture fixture)
{
    private IApplicationGrain NewApplication() => fixture.Grains.GetGrain<IApplicationGrain>(ApplicationKeys.Consortium(Ids.New()));

    [Fact]
    public async Task SaveTextAsync_TwoEditorsFromSameVersion_SecondIsRefused()
    {
        var application = NewApplication();

        var first = await application.SaveTextAsync(ApplicationSections.Vision, 0, "案A", "<p>案A</p>", "佐藤");
        var second = await application.SaveTextAsync(ApplicationSections.Vision, 0, "案B", "<p>案B</p>", "田中");

        Assert.True(first.IsSuccess);
        Assert.Equal(ProblemKind.Conflict, second.Problem?.Kind);
        Assert.Contains("佐藤", second.Problem?.Detail);
        Assert.Equal("案A", (await application.GetAsync()).Vision.Markdown);
    }

    [Fact]
    public async Task Sections_VersionedSeparately_SoParallelWorkOnDifferentPartsMerges()
    {
        var application = NewApplication();

        await application.SaveTextAsync(ApplicationSections.Vision, 0, "ビジョン", "", "佐藤");
        var plan = await application.SaveTextAsync(ApplicationSections.Plan, 0, "計画", "", "田中");
        var kpis = await application.SaveKpisAsync(0, [new ApplicationKpi("便数", "便", 0, 10, new DateOnly(2028, 3, 31), "lab")], "田中");

        Assert.True(plan.IsSuccess && kpis.IsSuccess);
        var view = await application.GetAsync();
        Assert.Equal((1, 1, 1), (view.Vision.Version, view.Plan.Version, view.KpisVersion));
        Assert.Equal([ApplicationSections.Kpis, ApplicationSections.Plan, ApplicationSections.Vision], view.History.Select(h => h.Section));
    }

    [Fact]
    public void Completeness_Empty_ListsEverythingMissing()
    {
        var empty = new ApplicationView("k", SectionText.Empty, SectionText.Empty, [], 0, ReviewCriteria.Unchecked(), 0, [], 0);

        var completeness = Completeness.Of(empty);

        Assert.Equal(0, completeness.Score);
        Assert.Equal(6, completeness.Missing.Count);
    }

    [Fact]
    public void Completeness_CriterionMetWithoutLinkedPart_StillMissing()
    {
        var text = new SectionText(new string('あ', 250), "", 1, "佐藤", null);
        var criteria = new[] { new CriterionCheck(1, true, ["vision"], ""), new CriterionCheck(2, true, [], ""), new CriterionCheck(3, true, ["plan"], "") };
        var view = new ApplicationView("k", text, text, [new ApplicationKpi("便数", "便", 0, 10, new DateOnly(2028, 3, 31), "lab")], 1, criteria, 1, [], 0);

        var completeness = Completeness.Of(view);

        Assert.Equal(83, completeness.Score);
        Assert.Single(completeness.Missing);
    }
}
