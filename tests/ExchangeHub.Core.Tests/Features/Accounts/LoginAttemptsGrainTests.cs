using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Accounts;

public sealed class LoginAttemptsGrainTests(ClusterFixture fixture)
{
    private static readonly AccountOptions _defaults = new();

    [Fact]
    public async Task RecordFailureAsync_UpToTheLimit_LocksOnlyOnTheLast()
    {
        var attempts = Attempts();

        var answers = new List<TimeSpan?>();
        for (var failure = 0; failure < _defaults.LoginAttemptsPerWindow; failure++)
        {
            answers.Add(await attempts.RecordFailureAsync());
        }

        Assert.All(answers[..^1], Assert.Null);
        Assert.Equal(_defaults.LockoutDuration, answers[^1]);
        Assert.Equal(_defaults.LockoutDuration, await attempts.GetLockAsync());
    }

    [Fact]
    public async Task ResetAsync_BeforeTheLock_StartsTheCountAgain()
    {
        var attempts = Attempts();
        for (var failure = 0; failure < _defaults.LoginAttemptsPerWindow - 1; failure++)
        {
            await attempts.RecordFailureAsync();
        }

        await attempts.ResetAsync();
        var afterReset = await attempts.RecordFailureAsync();

        Assert.Null(afterReset);
        Assert.Null(await attempts.GetLockAsync());
    }

    [Fact]
    public async Task GetLockAsync_AfterTheLockoutDuration_Unlocked()
    {
        var attempts = Attempts();
        for (var failure = 0; failure < _defaults.LoginAttemptsPerWindow; failure++)
        {
            await attempts.RecordFailureAsync();
        }

        ClusterFixture.AccountClock.Advance(_defaults.LockoutDuration);

        Assert.Null(await attempts.GetLockAsync());
    }

    [Fact]
    public async Task RecordFailureAsync_FailuresFurtherApartThanTheWindow_NeverLock()
    {
        var attempts = Attempts();
        var answers = new List<TimeSpan?>();

        for (var failure = 0; failure < 2 * _defaults.LoginAttemptsPerWindow; failure++)
        {
            answers.Add(await attempts.RecordFailureAsync());
            ClusterFixture.AccountClock.Advance(_defaults.LoginWindow / (_defaults.LoginAttemptsPerWindow - 1));
        }

        Assert.All(answers, Assert.Null);
    }

    private ILoginAttemptsGrain Attempts() => fixture.Grains.GetGrain<ILoginAttemptsGrain>(NameKeys.Email($"{Ids.New()}@example.jp"));
}
