using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Accounts;

/// <summary>Maps one normalised e-mail address (the key) to the user who owns it, so an address is claimed at most once.</summary>
public interface IEmailIndexGrain : IGrainWithStringKey
{
    /// <summary>Claims the address for <paramref name="userId"/> unless someone has it; answers the owner either way.</summary>
    Task<string> ClaimAsync(string userId);

    [ReadOnly]
    Task<string?> GetUserIdAsync();
}
