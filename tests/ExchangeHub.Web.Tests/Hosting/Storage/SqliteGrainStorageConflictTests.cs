using Orleans.Storage;

namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class SqliteGrainStorageConflictTests : IDisposable
{
    private const string StateName = "counter";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WriteStateAsync_StaleETag_ThrowsInconsistentStateException()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grainId = TestStorage.NewGrainId();
        await storage.WriteStateAsync(StateName, grainId, TestStorage.State(1));
        var first = new GrainState<CounterState>();
        var second = new GrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grainId, first);
        await storage.ReadStateAsync(StateName, grainId, second);
        await storage.WriteStateAsync(StateName, grainId, first);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, grainId, second));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal(second.ETag, conflict.CurrentEtag);
    }

    [Fact]
    public async Task WriteStateAsync_NoETagButRecordExists_ThrowsInconsistentStateException()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grainId = TestStorage.NewGrainId();
        await storage.WriteStateAsync(StateName, grainId, TestStorage.State(1));

        var write = () => storage.WriteStateAsync(StateName, grainId, TestStorage.State(2));

        await Assert.ThrowsAsync<InconsistentStateException>(write);
    }

    [Fact]
    public async Task WriteStateAsync_ETagButNoRecord_ThrowsInconsistentStateException()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);

        var write = () => storage.WriteStateAsync(StateName, TestStorage.NewGrainId(), TestStorage.State(1, "made-up"));

        await Assert.ThrowsAsync<InconsistentStateException>(write);
    }

    [Fact]
    public async Task ClearStateAsync_StaleETag_ThrowsInconsistentStateException()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grainId = TestStorage.NewGrainId();
        var state = TestStorage.State(1);
        await storage.WriteStateAsync(StateName, grainId, state);
        var stale = TestStorage.State(1, state.ETag);
        await storage.WriteStateAsync(StateName, grainId, state);

        var clear = () => storage.ClearStateAsync(StateName, grainId, stale);

        await Assert.ThrowsAsync<InconsistentStateException>(clear);
    }

    [Fact]
    public async Task ClearStateAsync_NoETagButRecordExists_ThrowsInconsistentStateException()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grainId = TestStorage.NewGrainId();
        await storage.WriteStateAsync(StateName, grainId, TestStorage.State(1));

        var clear = () => storage.ClearStateAsync(StateName, grainId, new GrainState<CounterState>());

        await Assert.ThrowsAsync<InconsistentStateException>(clear);
    }
}
