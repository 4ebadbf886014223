namespace ExchangeHub.Core.Features.Accounts;

[GenerateSerializer, Alias("ExchangeHub.LabMembership")]
public sealed record LabMembership(
    [property: Id(0)] string LabId,
    [property: Id(1)] string LabName,
    [property: Id(2)] string Role);
