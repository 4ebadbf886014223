using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Accounts;

/// <summary>
/// Maps one unique name — an e-mail address or a handle, keyed "email:{address}" or "handle:{handle}" — to the user
/// who owns it, so each is claimed at most once.
/// </summary>
public interface INameIndexGrain : IGrainWithStringKey
{
    /// <summary>Claims the name for <paramref name="userId"/> unless someone has it; answers the owner either way.</summary>
    Task<string> ClaimAsync(string userId);

    [ReadOnly]
    Task<string?> GetUserIdAsync();
}
