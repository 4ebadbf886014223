namespace ExchangeHub.Core.Features.Labs;

/// <summary>A key performance indicator a lab commits to, with where it started and where it aims.</summary>
[GenerateSerializer, Alias("ExchangeHub.Kpi")]
public sealed record Kpi(
    [property: Id(0)] string Indicator,
    [property: Id(1)] string Unit,
    [property: Id(2)] decimal Baseline,
    [property: Id(3)] decimal Target,
    [property: Id(4)] decimal? Actual = null,
    [property: Id(5)] DateOnly? DueDate = null);
