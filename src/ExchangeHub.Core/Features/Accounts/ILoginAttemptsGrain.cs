namespace ExchangeHub.Core.Features.Accounts;

/// <summary>
/// Failed sign-ins to one e-mail address (keyed by <see cref="NameKeys.Email"/>), whether or not an account has that
/// address, so the answers never tell an unknown address from a known one. Kept in memory only: a restart forgets
/// counts and locks, which costs an attacker nothing they could not get by waiting.
/// </summary>
public interface ILoginAttemptsGrain : IGrainWithStringKey
{
    /// <summary>How long the address stays locked, or null when a sign-in may be tried.</summary>
    Task<TimeSpan?> GetLockAsync();

    /// <summary>Counts a failed sign-in and answers the lock it started, if it was the last one allowed.</summary>
    Task<TimeSpan?> RecordFailureAsync();

    /// <summary>A sign-in succeeded before the lock: the count starts again.</summary>
    Task ResetAsync();
}
