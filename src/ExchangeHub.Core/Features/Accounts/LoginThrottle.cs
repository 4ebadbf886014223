using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Core.Features.Accounts;

/// <summary>
/// Limits failed sign-ins per e-mail address, so guessing one account's password is slow from any number of
/// addresses, while someone who types their password right is never held up.
/// </summary>
public sealed class LoginThrottle(IOptions<AccountOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginAttemptsPerWindow,
            Window = options.Value.LoginWindow,
            QueueLimit = 0,
        }));

    /// <summary>Null when an attempt may go ahead; otherwise how long to wait. Asking uses up nothing.</summary>
    public TimeSpan? WaitBeforeAttempt(string email)
    {
        using var lease = _limiter.AttemptAcquire(NameKeys.Email(email), 0);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.LoginWindow;
    }

    public void RecordFailure(string email)
    {
        using var lease = _limiter.AttemptAcquire(NameKeys.Email(email));
    }

    public void Dispose() => _limiter.Dispose();
}
