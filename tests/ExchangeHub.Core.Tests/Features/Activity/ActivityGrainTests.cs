using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Activity;

public sealed class ActivityGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task RecordAsync_MoreThanKept_KeepsOnlyTheLatestItems()
    {
        var kind = "test." + Ids.New();
        var activity = fixture.Grains.GetGrain<IActivityGrain>(0);

        for (var i = 0; i < ActivityGrain.Keep + 3; i++)
        {
            await activity.RecordAsync(new ActivityItem(kind, $"項目 {i}", "lab", "ラボ", "/", DateTimeOffset.UtcNow));
        }

        var view = await activity.GetAsync();
        Assert.Equal(ActivityGrain.Keep, view.Items.Count);
        Assert.DoesNotContain(view.Items, item => item.Kind == kind && item.Title == "項目 0");
    }

    [Fact]
    public async Task RecordAsync_TwoItemsThisMonth_CountsBothInTheMonth()
    {
        var kind = "test." + Ids.New();
        var activity = fixture.Grains.GetGrain<IActivityGrain>(0);
        var now = DateTimeOffset.UtcNow;

        await activity.RecordAsync(new ActivityItem(kind, "一件目", "lab", "ラボ", "/", now));
        await activity.RecordAsync(new ActivityItem(kind, "二件目", "lab", "ラボ", "/", now));

        var months = (await activity.GetAsync()).PerMonth(kind, now, 12);
        Assert.Equal(12, months.Count);
        Assert.Equal(2, months[^1].Count);
        Assert.Equal(0, months[^2].Count);
    }

    [Fact]
    public async Task PublishCaseStudyAsync_NewCaseStudy_PublishesOnTheActivityStreamWithTheLabName()
    {
        var labId = Ids.New();
        await fixture.Grains.GetGrain<ILabGrain>(labId).CreateAsync(Samples.Lab($"活動ラボ{labId}"), "", Samples.Admin());
        var title = "notice " + labId;

        await fixture.Grains.GetGrain<ILabGrain>(labId).PublishCaseStudyAsync(Samples.Card(Ids.New(), title));

        var pushed = ClusterFixture.Feed.Published.Where(e => e.Stream == StreamNames.Activity && e.DataJson.Contains(title, StringComparison.Ordinal)).ToList();
        var published = Assert.Single(pushed);
        Assert.Equal(ActivityKinds.CaseStudyPublished, published.Type);
        var data = System.Text.Json.JsonDocument.Parse(published.DataJson).RootElement;
        Assert.Equal($"活動ラボ{labId}", data.GetProperty("labName").GetString());
    }
}
