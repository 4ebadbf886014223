using ExchangeHub.Core.Common;

namespace ExchangeHub.Core.Features.Accounts;

/// <summary>
/// The name each person registered with: an account's id and display name never change and an account is never
/// deleted, so a node keeps the names it has looked up, and a post names its author without calling the person's
/// grain. What does change (roles, lab memberships, the password) is always asked of the grain.
/// </summary>
public sealed class PersonNames(IGrainFactory grains)
{
    private readonly KeptValues<string> _known = new(100_000);

    /// <summary>The person's display name; null when there is no such account.</summary>
    public async Task<string?> FindAsync(string userId)
    {
        if (_known.TryGet(userId, out var known))
        {
            return known;
        }

        return await grains.GetGrain<IUserGrain>(userId).GetAsync() is { } profile ? _known.Keep(userId, profile.DisplayName) : null;
    }
}
