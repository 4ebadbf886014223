namespace ExchangeHub.Core.Features.Labs;

[GenerateSerializer, Alias("ExchangeHub.LabMember")]
public sealed record LabMember(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Role);
