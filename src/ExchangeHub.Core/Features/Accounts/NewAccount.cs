namespace ExchangeHub.Core.Features.Accounts;

[GenerateSerializer, Alias("ExchangeHub.NewAccount")]
public sealed record NewAccount(
    [property: Id(0)] string Email,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Handle,
    [property: Id(3)] string PasswordHash,
    [property: Id(4)] IReadOnlyList<string> Roles);
