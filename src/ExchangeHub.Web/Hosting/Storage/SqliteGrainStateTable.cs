using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ExchangeHub.Web.Hosting.Storage;

internal sealed class SqliteGrainStateTable
{
    private const string KeyMatches = "grain_type = $grain_type AND grain_id = $grain_id AND state_name = $state_name";

    private readonly string _databaseFile;
    private readonly string _connectionString;
    private readonly SqliteWriteQueue _writes;

    public SqliteGrainStateTable(string databaseFile)
    {
        _databaseFile = databaseFile;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _writes = new SqliteWriteQueue(OpenAsync);
    }

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_databaseFile)) ?? ".");
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS grain_state (
                grain_type TEXT NOT NULL,
                grain_id   TEXT NOT NULL,
                state_name TEXT NOT NULL,
                etag       TEXT NOT NULL,
                payload    BLOB NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (grain_type, grain_id, state_name)
            );
            """, cancellationToken);

        // Files from before the state type was recorded gain the column; their rows keep it empty until rewritten.
        await using var probe = connection.CreateCommand();
        probe.CommandText = "SELECT COUNT(*) FROM pragma_table_info('grain_state') WHERE name = 'state_type'";
        if (Convert.ToInt64(await probe.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            await ExecuteAsync(connection, "ALTER TABLE grain_state ADD COLUMN state_type TEXT", cancellationToken);
        }
    }

    public async Task<StoredGrainState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT etag, payload, state_type FROM grain_state WHERE {KeyMatches}", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredGrainState(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.IsDBNull(2) ? null : reader.GetString(2))
            : null;
    }

    public async Task<string?> ReadETagAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT etag FROM grain_state WHERE {KeyMatches}", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    // A caller without an ETag claims a new record, so an existing row is a conflict, not an overwrite.
    public Task<bool> InsertAsync(GrainStateKey key, StoredGrainState state, DateTimeOffset updatedAt, CancellationToken cancellationToken) =>
        ChangeAsync(
            """
            INSERT INTO grain_state (grain_type, grain_id, state_name, etag, payload, state_type, updated_at)
            VALUES ($grain_type, $grain_id, $state_name, $etag, $payload, $state_type, $updated_at)
            ON CONFLICT (grain_type, grain_id, state_name) DO NOTHING
            """,
            key,
            [("$etag", state.ETag), ("$payload", state.Payload), ("$state_type", (object?)state.StateType ?? DBNull.Value), ("$updated_at", Format(updatedAt))],
            cancellationToken);

    public Task<bool> UpdateAsync(
        GrainStateKey key, string expectedETag, StoredGrainState state, DateTimeOffset updatedAt, CancellationToken cancellationToken) =>
        ChangeAsync(
            $"UPDATE grain_state SET etag = $etag, payload = $payload, state_type = $state_type, updated_at = $updated_at WHERE {KeyMatches} AND etag = $expected_etag",
            key,
            [
                ("$etag", state.ETag), ("$payload", state.Payload), ("$state_type", (object?)state.StateType ?? DBNull.Value),
                ("$updated_at", Format(updatedAt)), ("$expected_etag", expectedETag),
            ],
            cancellationToken);

    public Task<bool> DeleteAsync(GrainStateKey key, string expectedETag, CancellationToken cancellationToken) =>
        ChangeAsync(
            $"DELETE FROM grain_state WHERE {KeyMatches} AND etag = $expected_etag",
            key,
            [("$expected_etag", expectedETag)],
            cancellationToken);

    public void ClosePooledConnections()
    {
        _writes.Complete();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private Task<bool> ChangeAsync(string sql, GrainStateKey key, (string Name, object Value)[] values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _writes.ChangeAsync(command =>
        {
            command.CommandText = sql;
            AddKey(command, key);
            foreach (var (name, value) in values)
            {
                command.Parameters.AddWithValue(name, value);
            }
        });
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Both settings belong to the connection, not the file: FULL makes a commit wait for the
            // WAL to reach the disk, and the busy timeout makes concurrent writers queue instead of failing.
            await ExecuteAsync(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, GrainStateKey key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddKey(command, key);
        return command;
    }

    private static void AddKey(SqliteCommand command, GrainStateKey key)
    {
        command.Parameters.AddWithValue("$grain_type", key.GrainType);
        command.Parameters.AddWithValue("$grain_id", key.GrainId);
        command.Parameters.AddWithValue("$state_name", key.StateName);
    }
}
