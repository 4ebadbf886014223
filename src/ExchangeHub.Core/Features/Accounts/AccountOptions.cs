namespace ExchangeHub.Core.Features.Accounts;

public sealed class AccountOptions
{
    public const string Section = "ExchangeHub:Accounts";

    /// <summary>The keyed <see cref="TimeProvider"/> that sign-in lockouts read; tests replace it to move time.</summary>
    public const string ClockKey = "ExchangeHub.Accounts.Clock";

    /// <summary>Addresses that receive the operator role when they register.</summary>
    public List<string> OperatorEmails { get; set; } = [];

    /// <summary>Failed sign-ins to one address within <see cref="LoginWindow"/> that lock it for <see cref="LockoutDuration"/>.</summary>
    public int LoginAttemptsPerWindow { get; set; } = 5;

    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an address stays locked, even for the right password.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
