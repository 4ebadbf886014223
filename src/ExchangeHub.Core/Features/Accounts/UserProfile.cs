namespace ExchangeHub.Core.Features.Accounts;

[GenerateSerializer, Alias("ExchangeHub.UserProfile")]
public sealed record UserProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] IReadOnlyList<string> Roles,
    [property: Id(4)] IReadOnlyList<LabMembership> Labs,
    [property: Id(5)] string Handle = "");
