using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Core.Features.Accounts;

public sealed class LoginAttemptsGrain(IOptions<AccountOptions> options, [FromKeyedServices(AccountOptions.ClockKey)] TimeProvider clock)
    : Grain, ILoginAttemptsGrain
{
    private int _failures;
    private DateTimeOffset _firstFailureAt;
    private DateTimeOffset _lockedUntil;

    public Task<TimeSpan?> GetLockAsync() => Task.FromResult(Remaining(clock.GetUtcNow()));

    public Task<TimeSpan?> RecordFailureAsync()
    {
        var now = clock.GetUtcNow();
        if (Remaining(now) is { } locked)
        {
            return Task.FromResult<TimeSpan?>(locked);
        }

        if (_failures == 0 || now - _firstFailureAt >= options.Value.LoginWindow)
        {
            _failures = 0;
            _firstFailureAt = now;
        }

        if (++_failures < options.Value.LoginAttemptsPerWindow)
        {
            // An idle grain is collected, and its count with it; keep it for the rest of the window.
            DelayDeactivation(options.Value.LoginWindow);
            return Task.FromResult<TimeSpan?>(null);
        }

        _failures = 0;
        _lockedUntil = now + options.Value.LockoutDuration;
        DelayDeactivation(options.Value.LockoutDuration);
        return Task.FromResult<TimeSpan?>(options.Value.LockoutDuration);
    }

    public Task ResetAsync()
    {
        _failures = 0;
        return Task.CompletedTask;
    }

    private TimeSpan? Remaining(DateTimeOffset now) => _lockedUntil > now ? _lockedUntil - now : null;
}
