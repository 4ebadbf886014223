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
    public ValueTask<string?> FindAsync(string userId) => _known.FindAsync(userId, async id =>
        (await grains.GetGrain<IUserGrain>(id).GetAsync())?.DisplayName);
}
