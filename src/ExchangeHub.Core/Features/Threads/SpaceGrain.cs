using ExchangeHub.Core.Common.Grains;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// A space's list is written whole, so a busy space is not rewritten for every post: a known thread whose activity
/// moved on is written at most once a second (and on deactivation), with everything else in memory; a new thread, a
/// new title or status is written at once. A node that dies loses at most the last moment of activity, which the
/// thread's next change brings back.
/// </summary>
public sealed class SpaceGrain([PersistentState("space")] IPersistentState<SpaceState> space) : Grain, ISpaceGrain
{
    private readonly WriteBehind<SpaceState> _writes = new(space, TimeSpan.FromSeconds(1));

    public async Task UpsertAsync(ThreadSummary summary)
    {
        // A thread sends its summary after each stored change without waiting for the one before, so an older one can
        // come second; its post count only grows.
        var known = space.State.Threads.GetValueOrDefault(summary.Id);
        if (known is not null && (known.PostCount > summary.PostCount || known == summary))
        {
            return;
        }

        space.State.Threads[summary.Id] = summary;
        if (known is not null && known with { PostCount = summary.PostCount, LastPostAt = summary.LastPostAt } == summary)
        {
            _writes.Soon(this);
            return;
        }

        await _writes.NowAsync();
    }

    public Task<IReadOnlyList<ThreadSummary>> ListAsync(int skip, int take) => Task.FromResult<IReadOnlyList<ThreadSummary>>(
        space.State.Threads.Values.OrderByDescending(t => t.LastPostAt).Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 200)).ToList());

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _writes.FlushAsync();
}
