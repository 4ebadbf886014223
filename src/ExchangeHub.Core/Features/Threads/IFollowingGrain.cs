using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>One person's followed threads (keyed by user id): follow levels, read positions, unread counts.</summary>
public interface IFollowingGrain : IGrainWithStringKey
{
    /// <summary>Records activity in a thread; raises the level to the floor unless the person chose a level themselves.</summary>
    [OneWay]
    Task NoteAsync(ThreadActivity activity);

    Task<Following> SetLevelAsync(ThreadRef thread, FollowLevel level, long latestSeq);

    Task<Following?> MarkReadAsync(string threadId, long seq);

    [ReadOnly]
    Task<Following?> GetAsync(string threadId);

    /// <summary>Threads the person took part in or follows; only those with unread posts when <paramref name="unreadOnly"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<Following>> ListAsync(bool unreadOnly);
}
