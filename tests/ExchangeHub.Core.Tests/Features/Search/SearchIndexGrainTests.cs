using System.Diagnostics;
using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Search;
using ExchangeHub.Core.Features.Threads;
using ExchangeHub.Core.Tests.Support;
using Orleans.Core.Internal;

namespace ExchangeHub.Core.Tests.Features.Search;

public sealed class SearchIndexGrainTests(ClusterFixture fixture)
{
    private ISearchIndexGrain Index => fixture.Grains.GetGrain<ISearchIndexGrain>(0);

    private static string Token() => "zq" + Guid.NewGuid().ToString("N")[..12];

    private static SearchDocument Document(string token) => new(
        SearchTypes.CaseStudy, Ids.New(), $"ドローン物流 {token}", "中山間地の集落へ荷物を運びます。", "/case-studies/x", ["logistics"],
        SearchTypes.Anyone, DateTimeOffset.UtcNow);

    private async Task<SearchResults> FindAsync(string token, Func<SearchResults, bool> until)
    {
        var deadline = Stopwatch.StartNew();
        SearchResults results;
        do
        {
            results = await Index.SearchAsync(new SearchRequest(token, SignedIn: true));
            if (until(results))
            {
                return results;
            }

            await Task.Delay(20);
        }
        while (deadline.Elapsed < TimeSpan.FromSeconds(10));

        return results;
    }

    private async Task WaitForRebuildAsync()
    {
        while ((await Index.GetStatusAsync()).Rebuilding)
        {
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task UpsertAsync_ThenSearch_FindsItWithinASecond()
    {
        await WaitForRebuildAsync();
        var token = Token();
        var started = Stopwatch.StartNew();

        await Index.UpsertAsync(Document(token));
        var results = await FindAsync(token, found => found.Total > 0);

        Assert.Single(results.Items);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"found after {started.Elapsed}");
    }

    [Fact]
    public async Task RebuildAsync_ReadsLabsCaseStudiesAndPublicThreads_NeverLabThreads()
    {
        var token = Token();
        var labId = Ids.New();
        var fields = Samples.Lab($"仙北市ラボ {token}");
        await fixture.Grains.GetGrain<ILabGrain>(labId).CreateAsync(fields, "", Samples.Admin());
        var caseStudy = (await fixture.Grains.GetGrain<ICaseStudyGrain>(Ids.New())
            .CreateAsync(labId, Samples.CaseStudy($"ドローン散布 {token}"), "", Ids.New(), "佐藤 花子")).ValueOrThrow();
        await fixture.Grains.GetGrain<ILabGrain>(labId).PublishCaseStudyAsync(CaseStudyCards.From(caseStudy));
        var opening = new NewPost("u1", "佐藤 花子", $"公開の相談 {token}", "", null, null, []);
        var square = (await fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New()).CreateAsync(new NewThread(Spaces.Public, "保険", "u1", "佐藤 花子", opening))).ValueOrThrow();
        var secret = opening with { Body = $"ラボ内だけの話 {token}" };
        await fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New()).CreateAsync(new NewThread(Spaces.Lab(labId), "内部", "u1", "佐藤 花子", secret));

        await WaitForRebuildAsync();
        await Index.RebuildAsync();
        await WaitForRebuildAsync();
        var results = await Index.SearchAsync(new SearchRequest(token, SignedIn: true));

        Assert.Equal(new[] { caseStudy.Id, labId, square.Id }.Order(), results.Items.Select(hit => hit.Id).Order());
    }

    [Fact]
    public async Task Deactivation_SealsTheIndex_NextActivationUsesItWithoutRebuilding()
    {
        await WaitForRebuildAsync();
        var token = Token();
        await Index.UpsertAsync(Document(token));
        await FindAsync(token, found => found.Total > 0);
        var before = await Index.GetStatusAsync();

        await Index.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var after = await Index.GetStatusAsync();
        var results = await Index.SearchAsync(new SearchRequest(token, SignedIn: true));

        Assert.Equal((before.Generation + 1, 0), (after.Generation, after.Rebuilds));
        Assert.Single(results.Items);
    }
}
