namespace ExchangeHub.Core.Features.Consortia;

[GenerateSerializer, Alias("ExchangeHub.ConsortiumMember")]
public sealed record ConsortiumMember(
    [property: Id(0)] string LabId,
    [property: Id(1)] string LabName,
    [property: Id(2)] string State,
    [property: Id(3)] DateTimeOffset ChangedAt);
