namespace ExchangeHub.Core.Features.Accounts;

public sealed class AccountOptions
{
    public const string Section = "ExchangeHub:Accounts";

    /// <summary>Addresses that receive the operator role when they register.</summary>
    public List<string> OperatorEmails { get; set; } = [];

    /// <summary>Failed sign-ins allowed per address within <see cref="LoginWindow"/> before 429.</summary>
    public int LoginAttemptsPerWindow { get; set; } = 5;

    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(5);
}
