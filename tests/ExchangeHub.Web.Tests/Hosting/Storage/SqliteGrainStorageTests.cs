using ExchangeHub.Web.Hosting.Storage;

namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private const string StateName = "counter";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task InitializeAsync_MissingFolder_CreatesDatabaseFile()
    {
        var dataPath = Path.Combine(_folder.Path, "nested", "data");

        using var storage = await TestStorage.OpenAsync(dataPath);

        Assert.True(File.Exists(Path.Combine(dataPath, SqliteGrainStorageOptions.DatabaseFileName)));
    }

    [Fact]
    public async Task ReadStateAsync_NoRecord_ReturnsNewStateWithoutETag()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var read = TestStorage.State(7, "stale");

        await storage.ReadStateAsync(StateName, TestStorage.NewGrainId(), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal(new CounterState(), read.State);
    }

    [Fact]
    public async Task WriteStateAsync_ThenReadInNewInstance_ReturnsEqualStateAndETag()
    {
        var grainId = TestStorage.NewGrainId();
        var written = TestStorage.State(42);
        using (var writer = await TestStorage.OpenAsync(_folder.Path))
        {
            await writer.WriteStateAsync(StateName, grainId, written);
        }

        using var reader = await TestStorage.OpenAsync(_folder.Path);
        var read = new GrainState<CounterState>();
        await reader.ReadStateAsync(StateName, grainId, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.State, read.State);
        Assert.NotNull(read.ETag);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task WriteStateAsync_EachWrite_ChangesETag()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grainId = TestStorage.NewGrainId();
        var state = TestStorage.State(1);
        await storage.WriteStateAsync(StateName, grainId, state);
        var firstETag = state.ETag;

        await storage.WriteStateAsync(StateName, grainId, state);

        Assert.NotEqual(firstETag, state.ETag);
    }

    [Fact]
    public async Task ClearStateAsync_AfterWrite_ReadFindsNoRecord()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grainId = TestStorage.NewGrainId();
        var state = TestStorage.State(5);
        await storage.WriteStateAsync(StateName, grainId, state);

        await storage.ClearStateAsync(StateName, grainId, state);

        var read = new GrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grainId, read);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(new CounterState(), state.State);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task WriteStateAsync_AfterStorageRestart_AcceptsETagReadBeforeRestart()
    {
        var grainId = TestStorage.NewGrainId();
        var state = TestStorage.State(1);
        using (var beforeRestart = await TestStorage.OpenAsync(_folder.Path))
        {
            await beforeRestart.WriteStateAsync(StateName, grainId, state);
        }

        using var afterRestart = await TestStorage.OpenAsync(_folder.Path);
        state.State = new CounterState { Count = 2, Note = "after restart" };
        await afterRestart.WriteStateAsync(StateName, grainId, state);

        var read = new GrainState<CounterState>();
        await afterRestart.ReadStateAsync(StateName, grainId, read);
        Assert.Equal(state.State, read.State);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task WriteStateAsync_FiftyGrainsInParallel_AllSucceed()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grains = Enumerable.Range(0, 50).Select(count => (Id: TestStorage.NewGrainId(), State: TestStorage.State(count))).ToList();

        await Task.WhenAll(grains.Select(grain => Task.Run(() => storage.WriteStateAsync(StateName, grain.Id, grain.State))));

        foreach (var (id, state) in grains)
        {
            var read = new GrainState<CounterState>();
            await storage.ReadStateAsync(StateName, id, read);
            Assert.Equal(state.State, read.State);
            Assert.Equal(state.ETag, read.ETag);
        }
    }
}
