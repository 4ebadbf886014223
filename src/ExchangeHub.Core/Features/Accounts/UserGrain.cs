using ExchangeHub.Core.Common.Results;

namespace ExchangeHub.Core.Features.Accounts;

public sealed class UserGrain([PersistentState("user")] IPersistentState<UserState> user, TimeProvider clock)
    : Grain, IUserGrain
{
    public async Task<Result<UserProfile>> RegisterAsync(NewAccount account)
    {
        if (user.State.IsRegistered)
        {
            return Problem.Conflict("This account already exists.");
        }

        user.State.Email = account.Email;
        user.State.DisplayName = account.DisplayName;
        user.State.Handle = account.Handle;
        user.State.PasswordHash = account.PasswordHash;
        user.State.Roles = [.. account.Roles];
        user.State.RegisteredAt = clock.GetUtcNow();
        await user.WriteStateAsync();
        return ToProfile();
    }

    public Task<UserProfile?> GetAsync() => Task.FromResult(user.State.IsRegistered ? ToProfile() : null);

    public Task<string?> GetPasswordHashAsync() =>
        Task.FromResult(user.State.IsRegistered ? user.State.PasswordHash : null);

    public async Task ReplacePasswordHashAsync(string passwordHash)
    {
        user.State.PasswordHash = passwordHash;
        await user.WriteStateAsync();
    }

    public async Task SetLabMembershipAsync(LabMembership membership)
    {
        user.State.Labs.RemoveAll(existing => existing.LabId == membership.LabId);
        user.State.Labs.Add(membership);
        await user.WriteStateAsync();
    }

    public async Task RemoveLabMembershipAsync(string labId)
    {
        if (user.State.Labs.RemoveAll(existing => existing.LabId == labId) > 0)
        {
            await user.WriteStateAsync();
        }
    }

    private UserProfile ToProfile() => new(
        this.GetPrimaryKeyString(), user.State.Email, user.State.DisplayName, user.State.Roles, user.State.Labs, user.State.Handle);
}
