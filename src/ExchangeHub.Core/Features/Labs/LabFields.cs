namespace ExchangeHub.Core.Features.Labs;

/// <summary>What a lab's secretariat writes about the lab: the body of create and edit.</summary>
[GenerateSerializer, Alias("ExchangeHub.LabFields")]
public sealed record LabFields(
    [property: Id(0)] string Name,
    [property: Id(1)] string Prefecture,
    [property: Id(2)] string Municipality,
    [property: Id(3)] string Programme,
    [property: Id(4)] IReadOnlyList<string> Themes,
    [property: Id(5)] IReadOnlyList<string> Needs,
    [property: Id(6)] IReadOnlyList<string> Offers,
    [property: Id(7)] string Vision,
    [property: Id(8)] IReadOnlyList<Kpi>? Kpis = null);
