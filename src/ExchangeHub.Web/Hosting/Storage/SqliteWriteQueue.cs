using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>
/// Group commit: writes that arrive while a commit waits for the disk go together into the next transaction, so many
/// grains writing at once share one sync of the WAL instead of queueing for one each. A write is still acknowledged
/// only after its transaction is on disk, and each keeps its own ETag check and its own answer.
/// </summary>
/// <remarks>
/// A write that finds nobody committing commits at once on its caller's thread, so a lone write costs its disk sync
/// and no hand-off between threads; what arrives meanwhile is committed by a drain on the thread pool. One committer
/// at a time, marked by <see cref="_committing"/>, uses the one connection.
/// </remarks>
internal sealed class SqliteWriteQueue(Func<CancellationToken, Task<SqliteConnection>> open)
{
    // Bounds one transaction, so a long queue cannot hold the write lock for long.
    private const int MaxBatch = 256;

    private readonly ConcurrentQueue<QueuedWrite> _queue = new();
    private readonly List<QueuedWrite> _batch = new(MaxBatch);
    private int _committing;
    private volatile bool _completed;

    // Only the committer uses it, so it stays open rather than being taken from the pool (with its pragmas set again)
    // for every batch.
    private SqliteConnection? _connection;

    /// <summary>Runs one statement in the next batch; true when it changed exactly one row.</summary>
    public Task<bool> ChangeAsync(Action<SqliteCommand> prepare)
    {
        if (_completed)
        {
            return Task.FromException<bool>(new ObjectDisposedException(nameof(SqliteWriteQueue)));
        }

        var write = new QueuedWrite(prepare, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Enqueue(write);
        return TryTakeTurn() ? CommitNowAsync(write) : write.Done.Task;
    }

    /// <summary>Takes no more writes; the connection closes once the writes already taken are committed.</summary>
    public void Complete()
    {
        _completed = true;
        if (TryTakeTurn())
        {
            _ = Task.Run(DrainAsync);
        }
    }

    private bool TryTakeTurn() => Interlocked.CompareExchange(ref _committing, 1, 0) == 0;

    private async Task<bool> CommitNowAsync(QueuedWrite write)
    {
        try
        {
            await CommitBatchAsync();
        }
        finally
        {
            if (_queue.IsEmpty && !_completed)
            {
                PassTurn();
            }
            else
            {
                _ = Task.Run(DrainAsync);
            }
        }

        // Already answered when it was in the batch just committed, as it is unless a long queue was ahead of it.
        return await write.Done.Task;
    }

    private async Task DrainAsync()
    {
        try
        {
            while (!_queue.IsEmpty)
            {
                await CommitBatchAsync();
            }

            if (_completed)
            {
                await CloseAsync();
            }
        }
        finally
        {
            PassTurn();
        }
    }

    // A write queued just before the turn is given up found it taken and left itself to the committer: look once more.
    // The exchange is a full fence, so that look cannot happen before the turn is seen as free.
    private void PassTurn()
    {
        Interlocked.Exchange(ref _committing, 0);
        if ((!_queue.IsEmpty || _completed && _connection is not null) && TryTakeTurn())
        {
            _ = Task.Run(DrainAsync);
        }
    }

    private async Task CommitBatchAsync()
    {
        while (_batch.Count < MaxBatch && _queue.TryDequeue(out var write))
        {
            _batch.Add(write);
        }

        try
        {
            await CommitAsync(_batch);
        }
        finally
        {
            _batch.Clear();
        }
    }

    private async Task CommitAsync(List<QueuedWrite> batch)
    {
        var changed = new bool[batch.Count];
        try
        {
            var connection = _connection ??= await open(CancellationToken.None);
            if (batch.Count == 1)
            {
                // One statement is its own transaction, without BEGIN and COMMIT around it.
                await using var single = connection.CreateCommand();
                batch[0].Prepare(single);
                changed[0] = await single.ExecuteNonQueryAsync() == 1;
            }
            else
            {
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
        }
        catch (Exception e)
        {
            // Nothing of the batch was committed; every writer learns so, as it would have on its own, and the writes
            // behind them are served whatever went wrong, on a fresh connection.
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
