namespace ExchangeHub.Core.Features.Accounts;

public sealed class NameIndexGrain([PersistentState("name")] IPersistentState<NameIndexState> index)
    : Grain, INameIndexGrain
{
    public async Task<string> ClaimAsync(string userId)
    {
        if (index.State.UserId is { } owner)
        {
            return owner;
        }

        index.State.UserId = userId;
        await index.WriteStateAsync();
        return userId;
    }

    public Task<string?> GetUserIdAsync() => Task.FromResult(index.State.UserId);
}
