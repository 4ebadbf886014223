using System.Globalization;
using System.Runtime.CompilerServices;
using ExchangeHub.Web.Hosting.Storage;
using Microsoft.Data.Sqlite;

namespace ExchangeHub.Web.Hosting.Backup;

/// <summary>The embedded store's file. Reads are one statement, so an export of a running node is one consistent snapshot.</summary>
public sealed class SqliteBackupStore : IBackupStore
{
    private readonly SqliteGrainStorageOptions _options;
    private readonly SqliteConnections _connections;
    private readonly SqliteReminderTable _reminders;
    private SqliteConnection? _writer;
    private SqliteTransaction? _transaction;

    private SqliteBackupStore(SqliteGrainStorageOptions options)
    {
        _options = options;
        _connections = new SqliteConnections(options.DatabaseFile);
        _reminders = new SqliteReminderTable(options);
    }

    public string Description => $"embedded {_options.DatabaseFile}";

    public static async Task<SqliteBackupStore> OpenAsync(string dataPath, CancellationToken cancellationToken)
    {
        var store = new SqliteBackupStore(new SqliteGrainStorageOptions { DataPath = Path.GetFullPath(dataPath) });
        await new SqliteGrainStateTable(store._options.DatabaseFile).CreateAsync(cancellationToken);
        await store._reminders.StartAsync(cancellationToken);
        return store;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM grain_state) + (SELECT COUNT(*) FROM reminders)";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0;
    }

    public async IAsyncEnumerable<GrainStateRecord> ReadStatesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_type, grain_id, state_name, payload FROM grain_state ORDER BY grain_type, grain_id, state_name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new GrainStateRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3));
        }
    }

    public async Task<IReadOnlyList<ReminderRecord>> ReadRemindersAsync(CancellationToken cancellationToken) =>
        BackupReminders.From(await _reminders.ReadRows(0, 0));

    // All rows go in one transaction: one sync to disk for the whole import instead of one per row.
    public async Task WriteStateAsync(GrainStateRecord record, CancellationToken cancellationToken)
    {
        var writer = await WriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = """
            INSERT INTO grain_state (grain_type, grain_id, state_name, etag, payload, updated_at)
            VALUES ($grain_type, $grain_id, $state_name, $etag, $payload, $updated_at)
            """;
        command.Parameters.AddWithValue("$grain_type", record.GrainType);
        command.Parameters.AddWithValue("$grain_id", record.GrainId);
        command.Parameters.AddWithValue("$state_name", record.StateName);
        command.Parameters.AddWithValue("$etag", Guid.NewGuid().ToString("N"));
        command.Parameters.AddWithValue("$payload", record.Payload);
        command.Parameters.AddWithValue("$updated_at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task WriteReminderAsync(ReminderRecord record, CancellationToken cancellationToken)
    {
        var writer = await WriterAsync(cancellationToken);
        await using var command = SqliteReminderTable.UpsertCommand(writer, BackupReminders.ToEntry(record), Guid.NewGuid().ToString("N"));
        command.Transaction = _transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        _reminders.Dispose();
        _connections.ClearPool();
    }

    private async Task<SqliteConnection> WriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            _writer = await _connections.OpenAsync(cancellationToken);
            _transaction = _writer.BeginTransaction();
        }

        return _writer;
    }
}
