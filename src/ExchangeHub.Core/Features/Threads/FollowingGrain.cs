namespace ExchangeHub.Core.Features.Threads;

public sealed class FollowingGrain([PersistentState("following")] IPersistentState<FollowingState> following)
    : Grain, IFollowingGrain
{
    public async Task NoteAsync(ThreadActivity activity)
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
        await following.WriteStateAsync();
    }

    public async Task<Following> SetLevelAsync(ThreadRef thread, FollowLevel level, long latestSeq)
    {
        var current = following.State.Threads.GetValueOrDefault(thread.ThreadId)
            ?? new Following(thread, level, true, latestSeq, latestSeq, DateTimeOffset.MinValue, false);
        var updated = current with { Level = level, ChosenByPerson = true, LatestSeq = Math.Max(current.LatestSeq, latestSeq) };
        following.State.Threads[thread.ThreadId] = updated;
        await following.WriteStateAsync();
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
        await following.WriteStateAsync();
        return updated;
    }

    public Task<Following?> GetAsync(string threadId) => Task.FromResult(following.State.Threads.GetValueOrDefault(threadId));

    public Task<IReadOnlyList<Following>> ListAsync(bool unreadOnly) => Task.FromResult<IReadOnlyList<Following>>(
        following.State.Threads.Values
            .Where(f => f.Participated || f.Level >= FollowLevel.Tracking)
            .Where(f => !unreadOnly || f.Unread > 0)
            .OrderByDescending(f => f.LastPostAt)
            .ToList());
}
