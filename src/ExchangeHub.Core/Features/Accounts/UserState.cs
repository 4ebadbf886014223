namespace ExchangeHub.Core.Features.Accounts;

[GenerateSerializer, Alias("ExchangeHub.UserState")]
public sealed record UserState
{
    [Id(0)]
    public string Email { get; set; } = "";

    [Id(1)]
    public string DisplayName { get; set; } = "";

    [Id(2)]
    public string PasswordHash { get; set; } = "";

    [Id(3)]
    public List<string> Roles { get; set; } = [];

    [Id(4)]
    public List<LabMembership> Labs { get; set; } = [];

    [Id(5)]
    public DateTimeOffset RegisteredAt { get; set; }

    [Id(6)]
    public string Handle { get; set; } = "";

    public bool IsRegistered => Email.Length > 0;
}
