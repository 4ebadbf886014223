namespace ExchangeHub.Core.Features.Threads;

public sealed class SpaceGrain([PersistentState("space")] IPersistentState<SpaceState> space) : Grain, ISpaceGrain
{
    public async Task UpsertAsync(ThreadSummary summary)
    {
        // A thread sends its summary after each stored change without waiting for the one before, so an older one can
        // come second; its post count only grows.
        if (space.State.Threads.TryGetValue(summary.Id, out var known) && known.PostCount > summary.PostCount)
        {
            return;
        }

        space.State.Threads[summary.Id] = summary;
        await space.WriteStateAsync();
    }

    public Task<IReadOnlyList<ThreadSummary>> ListAsync(int skip, int take) => Task.FromResult<IReadOnlyList<ThreadSummary>>(
        space.State.Threads.Values.OrderByDescending(t => t.LastPostAt).Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 200)).ToList());
}
