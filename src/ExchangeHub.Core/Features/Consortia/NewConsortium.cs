namespace ExchangeHub.Core.Features.Consortia;

[GenerateSerializer, Alias("ExchangeHub.NewConsortium")]
public sealed record NewConsortium(
    [property: Id(0)] string Name,
    [property: Id(1)] string Purpose,
    [property: Id(2)] string LeadLabId,
    [property: Id(3)] string LeadLabName,
    [property: Id(4)] DateTimeOffset? Deadline,
    [property: Id(5)] string ThreadId);
