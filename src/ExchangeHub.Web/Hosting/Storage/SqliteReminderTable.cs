using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>
/// Orleans' reminder table in the store's SQLite file, so the embedded profile keeps reminders across restarts.
/// Upserts always win and hand out a new ETag; a removal only takes the row whose ETag the caller holds.
/// </summary>
public sealed class SqliteReminderTable(SqliteGrainStorageOptions options) : IReminderTable, IDisposable
{
    private const string Columns = "grain_id, reminder_name, start_at, period_ticks, etag";

    private readonly SqliteConnections _connections = new(options.DatabaseFile);

    public Task Init() => StartAsync(CancellationToken.None);

    /// <summary>Creates the table and its index if missing.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await SqliteConnections.ExecuteAsync(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS reminders (
                grain_id      TEXT    NOT NULL,
                reminder_name TEXT    NOT NULL,
                grain_hash    INTEGER NOT NULL,
                start_at      TEXT    NOT NULL,
                period_ticks  INTEGER NOT NULL,
                etag          TEXT    NOT NULL,
                PRIMARY KEY (grain_id, reminder_name)
            );
            CREATE INDEX IF NOT EXISTS reminders_by_hash ON reminders (grain_hash);
            """, cancellationToken);
    }

    public async Task<ReminderTableData> ReadRows(GrainId grainId) =>
        new(await QueryAsync($"SELECT {Columns} FROM reminders WHERE grain_id = $grain_id", [("$grain_id", grainId.ToString())]));

    // The range is a slice of the hash ring, (begin, end]; when begin is not below end it wraps around zero.
    public async Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var range = begin < end ? "grain_hash > $begin AND grain_hash <= $end" : "grain_hash > $begin OR grain_hash <= $end";
        return new(await QueryAsync($"SELECT {Columns} FROM reminders WHERE {range}", [("$begin", (long)begin), ("$end", (long)end)]));
    }

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        (await QueryAsync(
            $"SELECT {Columns} FROM reminders WHERE grain_id = $grain_id AND reminder_name = $reminder_name",
            [("$grain_id", grainId.ToString()), ("$reminder_name", reminderName)])).SingleOrDefault();

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        var etag = Guid.NewGuid().ToString("N");
        await using var connection = await _connections.OpenAsync(CancellationToken.None);
        await using var command = UpsertCommand(connection, entry, etag);
        await command.ExecuteNonQueryAsync();
        return etag;
    }

    /// <summary>The statement that inserts or replaces one reminder, for callers that hold their own transaction.</summary>
    internal static SqliteCommand UpsertCommand(SqliteConnection connection, ReminderEntry entry, string etag) => Command(
        connection,
        """
        INSERT INTO reminders (grain_id, reminder_name, grain_hash, start_at, period_ticks, etag)
        VALUES ($grain_id, $reminder_name, $grain_hash, $start_at, $period_ticks, $etag)
        ON CONFLICT (grain_id, reminder_name) DO UPDATE SET
            grain_hash = excluded.grain_hash, start_at = excluded.start_at, period_ticks = excluded.period_ticks, etag = excluded.etag
        """,
        [
            ("$grain_id", entry.GrainId.ToString()),
            ("$reminder_name", entry.ReminderName),
            ("$grain_hash", (long)entry.GrainId.GetUniformHashCode()),
            ("$start_at", entry.StartAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            ("$period_ticks", entry.Period.Ticks),
            ("$etag", etag),
        ]);

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        await ChangeAsync(
            "DELETE FROM reminders WHERE grain_id = $grain_id AND reminder_name = $reminder_name AND etag = $etag",
            [("$grain_id", grainId.ToString()), ("$reminder_name", reminderName), ("$etag", eTag)]) == 1;

    public async Task TestOnlyClearTable() => await ChangeAsync("DELETE FROM reminders", []);

    public void Dispose() => _connections.ClearPool();

    private async Task<List<ReminderEntry>> QueryAsync(string sql, (string Name, object Value)[] values)
    {
        await using var connection = await _connections.OpenAsync(CancellationToken.None);
        await using var command = Command(connection, sql, values);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return entries;
    }

    private async Task<int> ChangeAsync(string sql, (string Name, object Value)[] values)
    {
        await using var connection = await _connections.OpenAsync(CancellationToken.None);
        await using var command = Command(connection, sql, values);
        return await command.ExecuteNonQueryAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
