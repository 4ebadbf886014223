using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Accounts;

/// <summary>One person's account, keyed by user id: profile, password hash, roles and lab memberships.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    Task<Result<UserProfile>> RegisterAsync(NewAccount account);

    [ReadOnly]
    Task<UserProfile?> GetAsync();

    /// <summary>The stored password hash, or null for an unknown user; verification happens outside the grain so hashing never blocks it.</summary>
    [ReadOnly]
    Task<string?> GetPasswordHashAsync();

    Task ReplacePasswordHashAsync(string passwordHash);

    Task SetLabMembershipAsync(LabMembership membership);

    Task RemoveLabMembershipAsync(string labId);
}
