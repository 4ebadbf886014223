namespace ExchangeHub.Core.Features.Threads;

public sealed class PostHistoryGrain([PersistentState("history")] IPersistentState<PostHistoryState> history)
    : Grain, IPostHistoryGrain
{
    public async Task AddAsync(PostVersion version)
    {
        history.State.Versions.Add(version);
        await history.WriteStateAsync();
    }

    public Task<IReadOnlyList<PostVersion>> GetAsync() => Task.FromResult<IReadOnlyList<PostVersion>>(history.State.Versions);
}
