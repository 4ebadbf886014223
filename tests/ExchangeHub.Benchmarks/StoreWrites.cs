using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// B4: a state of a given size upserted straight through Microsoft.Data.Sqlite into a file set up as the hub's store is
/// (WAL, synchronous = FULL, the same table), with no grain, serializer or ETag check in between.
/// </summary>
public sealed class StoreWrites : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "exchangehub-bench-store-" + Guid.NewGuid().ToString("N"));
    private readonly string _connectionString;

    /// <summary>The store's write-ahead log.</summary>
    public string LogFile => Path.Combine(_folder, "raw.db-wal");

    public StoreWrites()
    {
        Directory.CreateDirectory(_folder);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "raw.db"), Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS grain_state (
                grain_type TEXT NOT NULL, grain_id TEXT NOT NULL, state_name TEXT NOT NULL,
                etag TEXT NOT NULL, payload BLOB NOT NULL, updated_at TEXT NOT NULL,
                PRIMARY KEY (grain_type, grain_id, state_name));
            """);
    }

    /// <summary>One connection kept open for upserts of one key, timed one at a time by the caller.</summary>
    public Writer Open(int payloadBytes) => new(Open(), new byte[payloadBytes]);

    /// <summary>Upserts per second with several writers on keys of their own, each with its own connection.</summary>
    public double Throughput(int payloadBytes, int writers, TimeSpan length)
    {
        var payload = new byte[payloadBytes];
        var written = 0;
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, writer =>
        {
            using var connection = Open();
            while (Stopwatch.GetElapsedTime(started) < length)
            {
                Upsert(connection, $"writer{writer}", payload);
                Interlocked.Increment(ref written);
            }
        });
        return written / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;");
        return connection;
    }

    public sealed class Writer(SqliteConnection connection, byte[] payload) : IDisposable
    {
        public void Write() => Upsert(connection, "sequential", payload);

        public void Dispose() => connection.Dispose();
    }

    private static void Upsert(SqliteConnection connection, string id, byte[] payload)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO grain_state (grain_type, grain_id, state_name, etag, payload, updated_at)
            VALUES ('bench', $id, 'state', $etag, $payload, $at)
            ON CONFLICT (grain_type, grain_id, state_name) DO UPDATE SET etag = excluded.etag, payload = excluded.payload, updated_at = excluded.updated_at
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$etag", Guid.NewGuid().ToString("N"));
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The size of a state the hub stored, read from its own file.</summary>
    public static int StoredSize(string databaseFile, string grainId, string stateName)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(payload) FROM grain_state WHERE grain_id = $id AND state_name = $name";
        command.Parameters.AddWithValue("$id", grainId);
        command.Parameters.AddWithValue("$name", stateName);
        return Convert.ToInt32(command.ExecuteScalar() ?? 0, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
