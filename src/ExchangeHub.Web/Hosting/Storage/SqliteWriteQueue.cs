using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>
/// Group commit: writes that arrive while a commit waits for the disk go together into the next transaction, so many
/// grains writing at once share one sync of the WAL instead of queueing for one each. A write is still acknowledged
/// only after its transaction is on disk, and each keeps its own ETag check and its own answer.
/// </summary>
internal sealed class SqliteWriteQueue(Func<CancellationToken, Task<SqliteConnection>> open)
{
    // Bounds one transaction, so a long queue cannot hold the write lock for long.
    private const int MaxBatch = 256;

    private readonly Channel<QueuedWrite> _queue = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;

    // The loop is the only writer, so it keeps one connection open rather than taking one from the pool (and setting
    // its pragmas again) for every batch.
    private SqliteConnection? _connection;

    /// <summary>Runs one statement in the next batch; true when it changed exactly one row.</summary>
    public Task<bool> ChangeAsync(Action<SqliteCommand> prepare)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(WriteLoopAsync);
        }

        var write = new QueuedWrite(prepare, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(write) ? write.Done.Task : Task.FromException<bool>(new ObjectDisposedException(nameof(SqliteWriteQueue)));
    }

    public void Complete() => _queue.Writer.TryComplete();

    private async Task WriteLoopAsync()
    {
        var batch = new List<QueuedWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            await CommitAsync(batch);
            batch.Clear();
        }

        await CloseAsync();
    }

    private async Task CommitAsync(List<QueuedWrite> batch)
    {
        var changed = new bool[batch.Count];
        try
        {
            var connection = _connection ??= await open(CancellationToken.None);
            // IMMEDIATE takes the write lock at once, so the batch cannot fail half-way on another writer.
            await using var transaction = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                batch[i].Prepare(command);
                changed[i] = await command.ExecuteNonQueryAsync() == 1;
            }

            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            // Nothing of the batch was committed; every writer learns so, as it would have on its own, and the loop
            // goes on serving the writes behind them whatever went wrong, on a fresh connection.
            await CloseAsync();
            foreach (var write in batch)
            {
                write.Done.TrySetException(e);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(changed[i]);
        }
    }

    private async Task CloseAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    private sealed record QueuedWrite(Action<SqliteCommand> Prepare, TaskCompletionSource<bool> Done);
}
