namespace ExchangeHub.Web.Hosting.Backup;

/// <summary>A store seen whole, below Orleans: every grain state and reminder, read or written as stored.</summary>
public interface IBackupStore : IAsyncDisposable
{
    /// <summary>What the store is, for messages and the backup's header ("embedded /var/lib/exchangehub/exchangehub.db").</summary>
    string Description { get; }

    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<GrainStateRecord> ReadStatesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ReminderRecord>> ReadRemindersAsync(CancellationToken cancellationToken);

    Task WriteStateAsync(GrainStateRecord record, CancellationToken cancellationToken);

    Task WriteReminderAsync(ReminderRecord record, CancellationToken cancellationToken);

    /// <summary>Makes everything written so far durable.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
