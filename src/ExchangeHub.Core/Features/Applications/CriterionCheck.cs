namespace ExchangeHub.Core.Features.Applications;

/// <summary>One review criterion: whether the application meets it and which parts show that.</summary>
[GenerateSerializer, Alias("ExchangeHub.CriterionCheck")]
public sealed record CriterionCheck(
    [property: Id(0)] int Number,
    [property: Id(1)] bool Met,
    [property: Id(2)] IReadOnlyList<string> Parts,
    [property: Id(3)] string Note);
