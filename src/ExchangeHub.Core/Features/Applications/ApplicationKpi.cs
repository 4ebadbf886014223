namespace ExchangeHub.Core.Features.Applications;

/// <summary>One row of an application's KPI table; every KPI has a lab that answers for it.</summary>
[GenerateSerializer, Alias("ExchangeHub.ApplicationKpi")]
public sealed record ApplicationKpi(
    [property: Id(0)] string Indicator,
    [property: Id(1)] string Unit,
    [property: Id(2)] decimal Baseline,
    [property: Id(3)] decimal Target,
    [property: Id(4)] DateOnly DueDate,
    [property: Id(5)] string OwnerLabId);
