namespace ExchangeHub.Core.Features.Labs;

/// <summary>An actual value of one KPI as it stood on a day; the lab keeps a bounded history of these for its charts.</summary>
[GenerateSerializer, Alias("ExchangeHub.KpiReading")]
public sealed record KpiReading(
    [property: Id(0)] string Indicator,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] decimal Actual);
