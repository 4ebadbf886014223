namespace ExchangeHub.Core.Features.Accounts;

public sealed class EmailIndexGrain([PersistentState("email")] IPersistentState<EmailIndexState> index)
    : Grain, IEmailIndexGrain
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

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
