using ExchangeHub.Web.Hosting.Backup;
using ExchangeHub.Web.Hosting.Storage;
using ExchangeHub.Web.Tests.Hosting.Storage;

namespace ExchangeHub.Web.Tests.Hosting.Backup;

public sealed class SqliteBackupStoreTests : IDisposable
{
    private readonly TempFolder _source = new();
    private readonly TempFolder _target = new();
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"exchangehub-backup-{Guid.NewGuid():N}.jsonl");

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
        File.Delete(_file);
    }

    [Fact]
    public async Task ExportThenImport_IntoAnEmptyStore_BringsStatesAndRemindersAcross()
    {
        var grainId = TestStorage.NewGrainId();
        var storage = await TestStorage.OpenAsync(_source.Path);
        await storage.WriteStateAsync("counter", grainId, TestStorage.State(7), TestContext.Current.CancellationToken);
        var reminders = new SqliteReminderTable(new SqliteGrainStorageOptions { DataPath = _source.Path });
        await reminders.StartAsync(TestContext.Current.CancellationToken);
        var startAt = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        await reminders.UpsertRow(new ReminderEntry { GrainId = grainId, ReminderName = "daily", StartAt = startAt, Period = TimeSpan.FromDays(1) });

        await using (var source = await SqliteBackupStore.OpenAsync(_source.Path, TestContext.Current.CancellationToken))
        {
            Assert.Equal(0, await StoreCommands.ExportAsync(source, _file));
        }

        int imported;
        await using (var target = await SqliteBackupStore.OpenAsync(_target.Path, TestContext.Current.CancellationToken))
        {
            imported = await StoreCommands.ImportAsync(target, _file);
        }

        var copy = await TestStorage.OpenAsync(_target.Path);
        var state = TestStorage.State(0);
        await copy.ReadStateAsync("counter", grainId, state, TestContext.Current.CancellationToken);
        var reminder = await new SqliteReminderTable(new SqliteGrainStorageOptions { DataPath = _target.Path }).ReadRow(grainId, "daily");
        Assert.Equal(0, imported);
        Assert.Equal(TestStorage.State(7).State, state.State);
        Assert.NotNull(reminder);
        Assert.Equal((startAt, TimeSpan.FromDays(1)), (reminder.StartAt, reminder.Period));
    }

    [Fact]
    public async Task Import_IntoAStoreThatHoldsState_RefusesAndChangesNothing()
    {
        var storage = await TestStorage.OpenAsync(_source.Path);
        await storage.WriteStateAsync("counter", TestStorage.NewGrainId(), TestStorage.State(1), TestContext.Current.CancellationToken);
        await using (var source = await SqliteBackupStore.OpenAsync(_source.Path, TestContext.Current.CancellationToken))
        {
            await StoreCommands.ExportAsync(source, _file);
        }

        await using var sameStore = await SqliteBackupStore.OpenAsync(_source.Path, TestContext.Current.CancellationToken);
        var exitCode = await StoreCommands.ImportAsync(sameStore, _file);

        Assert.Equal(3, exitCode);
        Assert.Single(await ToListAsync(sameStore.ReadStatesAsync(TestContext.Current.CancellationToken)));
    }

    private static async Task<List<GrainStateRecord>> ToListAsync(IAsyncEnumerable<GrainStateRecord> records)
    {
        var list = new List<GrainStateRecord>();
        await foreach (var record in records)
        {
            list.Add(record);
        }

        return list;
    }
}
