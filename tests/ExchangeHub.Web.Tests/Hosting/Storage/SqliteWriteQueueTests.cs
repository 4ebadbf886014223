using ExchangeHub.Web.Hosting.Storage;
using Microsoft.Data.Sqlite;

namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class SqliteWriteQueueTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _connectionString;

    public SqliteWriteQueueTests()
    {
        Directory.CreateDirectory(_folder.Path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.Path, "queue.db"), Pooling = false }.ToString();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE rows (id INTEGER PRIMARY KEY, writer INTEGER NOT NULL);";
        command.ExecuteNonQuery();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ChangeAsync_ManyWritersAtOnce_EveryWriteCommittedAndAnsweredOnce()
    {
        var queue = new SqliteWriteQueue(OpenAsync);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var mine = new List<bool>();
            for (var i = 0; i < 150; i++)
            {
                mine.Add(await queue.ChangeAsync(Insert(writer)));
            }

            return mine;
        })));

        Assert.All(answers.SelectMany(a => a), Assert.True);
        Assert.Equal(8 * 150, Count("SELECT COUNT(*) FROM rows"));
        Assert.Equal(8, Count("SELECT COUNT(DISTINCT writer) FROM rows"));
        queue.Complete();
    }

    [Fact]
    public async Task ChangeAsync_StatementFails_ThatWriteFailsAndTheNextOnesAreCommitted()
    {
        var queue = new SqliteWriteQueue(OpenAsync);
        Assert.True(await queue.ChangeAsync(Insert(1)));

        await Assert.ThrowsAsync<SqliteException>(() => queue.ChangeAsync(command => command.CommandText = "INSERT INTO missing VALUES (1)"));
        var after = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => queue.ChangeAsync(Insert(2))));

        Assert.All(after, Assert.True);
        Assert.Equal(21, Count("SELECT COUNT(*) FROM rows"));
        queue.Complete();
    }

    [Fact]
    public async Task ChangeAsync_AfterComplete_RefusedAndNothingWritten()
    {
        var queue = new SqliteWriteQueue(OpenAsync);
        Assert.True(await queue.ChangeAsync(Insert(1)));

        queue.Complete();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => queue.ChangeAsync(Insert(2)));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM rows"));
    }

    private static Action<SqliteCommand> Insert(int writer) => command =>
    {
        command.CommandText = "INSERT INTO rows (writer) VALUES ($writer)";
        command.Parameters.AddWithValue("$writer", writer);
    };

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(command.ExecuteScalar() ?? 0L);
    }
}
