using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Threads;
using ExchangeHub.Core.Tests.Support;
using Orleans.Core.Internal;

namespace ExchangeHub.Core.Tests.Features.Threads;

public sealed class SpaceGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(30);

    private static ThreadSummary Summary(string space, string id, long posts, string state = ThreadStatus.Open) =>
        new(id, space, "題名", "作成者", posts, DateTimeOffset.UnixEpoch.AddMinutes(posts), state);

    [Fact]
    public async Task UpsertAsync_NewThread_AnswersOnceStored()
    {
        var key = $"lab:{Ids.New()}";
        var space = fixture.Grains.GetGrain<ISpaceGrain>(key);
        var fault = FaultyGrainStorage.Arm(key, failures: 1);

        var upsert = space.UpsertAsync(Summary(key, "t1", 1));
        await fault.Reached.WaitAsync(_wait, TestContext.Current.CancellationToken);
        Assert.False(upsert.IsCompleted);
        fault.Release();

        await Assert.ThrowsAnyAsync<Exception>(() => upsert);
    }

    [Fact]
    public async Task UpsertAsync_ActivityOfAKnownThread_AnswersAtOnceAndIsStoredLater()
    {
        var key = $"lab:{Ids.New()}";
        var space = fixture.Grains.GetGrain<ISpaceGrain>(key);
        await space.UpsertAsync(Summary(key, "t1", 1));
        var write = FaultyGrainStorage.Hold(key);

        await space.UpsertAsync(Summary(key, "t1", 5));
        await space.UpsertAsync(Summary(key, "t1", 9));
        Assert.False(write.Reached.IsCompleted);

        await write.Reached.WaitAsync(_wait, TestContext.Current.CancellationToken);
        write.Release();
        await space.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        Assert.Equal(9, Assert.Single(await space.ListAsync(0, 10)).PostCount);
    }

    [Fact]
    public async Task UpsertAsync_OlderSummaryAfterNewer_KeepsTheNewer()
    {
        var key = $"lab:{Ids.New()}";
        var space = fixture.Grains.GetGrain<ISpaceGrain>(key);
        await space.UpsertAsync(Summary(key, "t1", 1));
        await space.UpsertAsync(Summary(key, "t1", 3, ThreadStatus.Resolved));

        await space.UpsertAsync(Summary(key, "t1", 2));
        await space.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var listed = Assert.Single(await space.ListAsync(0, 10));
        Assert.Equal((3L, ThreadStatus.Resolved), (listed.PostCount, listed.State));
    }
}
