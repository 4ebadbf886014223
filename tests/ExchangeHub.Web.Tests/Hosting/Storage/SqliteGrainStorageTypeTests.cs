using ExchangeHub.Web.Hosting.Storage;
using Microsoft.Data.Sqlite;

namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class SqliteGrainStorageTypeTests : IDisposable
{
    private const string StateName = "counter";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReadStateAsync_RowOfAnotherStateType_RefusesInsteadOfLoadingIt()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grainId = TestStorage.NewGrainId();
        await storage.WriteStateAsync(StateName, grainId, TestStorage.State(42));
        var read = new GrainState<TallyState>();

        var refused = await Assert.ThrowsAsync<StoredStateTypeException>(() => storage.ReadStateAsync(StateName, grainId, read));

        Assert.Contains("CounterState", refused.Message, StringComparison.Ordinal);
        Assert.Contains("TallyState", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, read.State?.Total ?? 0);
    }

    [Fact]
    public async Task ReadStateAsync_RowWrittenBeforeTypesWereRecorded_LoadsAndIsTypedOnNextWrite()
    {
        using var storage = await TestStorage.OpenAsync(_folder.Path);
        var grainId = TestStorage.NewGrainId();
        await storage.WriteStateAsync(StateName, grainId, TestStorage.State(7));
        await ExecuteAsync("UPDATE grain_state SET state_type = NULL");
        var read = new GrainState<CounterState>();

        await storage.ReadStateAsync(StateName, grainId, read);
        await storage.WriteStateAsync(StateName, grainId, read);

        Assert.Equal(7, read.State?.Count);
        await Assert.ThrowsAsync<StoredStateTypeException>(() => storage.ReadStateAsync(StateName, grainId, new GrainState<TallyState>()));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, SqliteGrainStorageOptions.DatabaseFileName)};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
