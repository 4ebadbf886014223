namespace ExchangeHub.Core.Features.Labs;

[GenerateSerializer, Alias("ExchangeHub.LabPage")]
public sealed record LabPage([property: Id(0)] IReadOnlyList<LabSummary> Items, [property: Id(1)] int Total);
