using ExchangeHub.Web.Hosting.Storage;

namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class SqliteReminderTableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task UpsertRow_NewAndExisting_ReturnsNewETagAndKeepsOneRow()
    {
        var table = await OpenAsync();
        var entry = Entry(TestStorage.NewGrainId(), "tick");

        var first = await table.UpsertRow(entry);
        var second = await table.UpsertRow(entry);
        var stored = await table.ReadRows(entry.GrainId);

        Assert.NotEqual(first, second);
        var row = Assert.Single(stored.Reminders);
        Assert.Equal(second, row.ETag);
        Assert.Equal(entry.StartAt, row.StartAt);
        Assert.Equal(entry.Period, row.Period);
    }

    [Fact]
    public async Task RemoveRow_StaleETag_KeepsRowAndCurrentETagRemovesIt()
    {
        var table = await OpenAsync();
        var entry = Entry(TestStorage.NewGrainId(), "tick");
        var stale = await table.UpsertRow(entry);
        var current = await table.UpsertRow(entry);

        var removedWithStale = await table.RemoveRow(entry.GrainId, "tick", stale ?? "");
        var removedWithCurrent = await table.RemoveRow(entry.GrainId, "tick", current ?? "");

        Assert.False(removedWithStale);
        Assert.True(removedWithCurrent);
        Assert.Null(await table.ReadRow(entry.GrainId, "tick"));
    }

    [Fact]
    public async Task ReadRows_HashRange_ReturnsRowsInsideRingSlice()
    {
        var table = await OpenAsync();
        var grains = Enumerable.Range(0, 40).Select(_ => TestStorage.NewGrainId()).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(Entry(grain, "tick"));
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        var (begin, end) = (hashes[9], hashes[29]);
        var inside = await table.ReadRows(begin, end);
        var wrapped = await table.ReadRows(end, begin);
        var everything = await table.ReadRows(0, 0);

        Assert.Equal(hashes.Where(h => h > begin && h <= end), inside.Reminders.Select(r => r.GrainId.GetUniformHashCode()).Order());
        Assert.Equal(hashes.Where(h => h > end || h <= begin), wrapped.Reminders.Select(r => r.GrainId.GetUniformHashCode()).Order());
        Assert.Equal(40, everything.Reminders.Count);
    }

    private async Task<SqliteReminderTable> OpenAsync()
    {
        var table = new SqliteReminderTable(new SqliteGrainStorageOptions { DataPath = _folder.Path });
        await table.StartAsync(TestContext.Current.CancellationToken);
        return table;
    }

    private static ReminderEntry Entry(GrainId grainId, string name) => new()
    {
        GrainId = grainId,
        ReminderName = name,
        StartAt = new DateTime(2026, 4, 1, 9, 30, 0, DateTimeKind.Utc),
        Period = TimeSpan.FromMinutes(5),
    };
}
