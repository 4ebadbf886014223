namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// A space's list is written whole, so a busy space is not rewritten for every post: a known thread whose activity
/// moved on is written at most once per <see cref="_activityDelay"/> (and on deactivation), with everything else in
/// memory; a new thread, a new title or status is written at once. A node that dies loses at most the last moment of
/// activity, which the thread's next change brings back.
/// </summary>
public sealed class SpaceGrain([PersistentState("space")] IPersistentState<SpaceState> space) : Grain, ISpaceGrain
{
    private static readonly TimeSpan _activityDelay = TimeSpan.FromSeconds(1);

    private IGrainTimer? _activityToWrite;

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
            _activityToWrite ??= this.RegisterGrainTimer(_ => WriteAsync(), new GrainTimerCreationOptions(_activityDelay, _activityDelay));
            return;
        }

        await WriteAsync();
    }

    public Task<IReadOnlyList<ThreadSummary>> ListAsync(int skip, int take) => Task.FromResult<IReadOnlyList<ThreadSummary>>(
        space.State.Threads.Values.OrderByDescending(t => t.LastPostAt).Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 200)).ToList());

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_activityToWrite is not null)
        {
            await WriteAsync();
        }
    }

    // Writes everything in memory, so activity waiting for its timer goes with it; after a failed write the timer
    // stays and tries again.
    private async Task WriteAsync()
    {
        await space.WriteStateAsync();
        _activityToWrite?.Dispose();
        _activityToWrite = null;
    }
}
