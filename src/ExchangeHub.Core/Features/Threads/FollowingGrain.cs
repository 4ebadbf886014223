using ExchangeHub.Core.Common.Grains;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// A person's followed threads. Activity notes come with every post in every thread the person follows, so they are
/// written at most once a second (and on deactivation); the person's own choices are written at once,
/// notes included. A node that dies loses at most the last moment of notes, which the thread's next post brings back.
/// </summary>
public sealed class FollowingGrain([PersistentState("following")] IPersistentState<FollowingState> following)
    : Grain, IFollowingGrain
{
    private readonly WriteBehind<FollowingState> _writes = new(following, TimeSpan.FromSeconds(1));

    public Task NoteAsync(ThreadActivity activity)
    {
        var id = activity.Thread.ThreadId;
        var current = following.State.Threads.GetValueOrDefault(id)
            ?? new Following(activity.Thread, FollowLevel.Normal, false, 0, 0, activity.LastPostAt, false);
        var level = current.ChosenByPerson || current.Level >= activity.Floor ? current.Level : activity.Floor;
        following.State.Threads[id] = current with
        {
            Thread = activity.Thread,
            Level = level,
            LatestSeq = Math.Max(current.LatestSeq, activity.LatestSeq),
            LastPostAt = activity.LastPostAt > current.LastPostAt ? activity.LastPostAt : current.LastPostAt,
            Participated = current.Participated || activity.Participated,
            LastReadSeq = Math.Max(current.LastReadSeq, activity.ReadUpTo ?? 0),
        };
        _writes.Soon(this);
        return Task.CompletedTask;
    }

    public async Task<Following> SetLevelAsync(ThreadRef thread, FollowLevel level, long latestSeq)
    {
        var current = following.State.Threads.GetValueOrDefault(thread.ThreadId)
            ?? new Following(thread, level, true, latestSeq, latestSeq, DateTimeOffset.MinValue, false);
        var updated = current with { Level = level, ChosenByPerson = true, LatestSeq = Math.Max(current.LatestSeq, latestSeq) };
        following.State.Threads[thread.ThreadId] = updated;
        await _writes.NowAsync();
        return updated;
    }

    public async Task<Following?> MarkReadAsync(string threadId, long seq)
    {
        if (!following.State.Threads.TryGetValue(threadId, out var current))
        {
            return null;
        }

        var updated = current with { LastReadSeq = Math.Clamp(seq, current.LastReadSeq, Math.Max(current.LatestSeq, seq)) };
        following.State.Threads[threadId] = updated;
        await _writes.NowAsync();
        return updated;
    }

    public Task<Following?> GetAsync(string threadId) => Task.FromResult(following.State.Threads.GetValueOrDefault(threadId));

    public Task<IReadOnlyList<Following>> ListAsync(bool unreadOnly) => Task.FromResult<IReadOnlyList<Following>>(
        following.State.Threads.Values
            .Where(f => f.Participated || f.Level >= FollowLevel.Tracking)
            .Where(f => !unreadOnly || f.Unread > 0)
            .OrderByDescending(f => f.LastPostAt)
            .ToList());

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _writes.FlushAsync();
}
