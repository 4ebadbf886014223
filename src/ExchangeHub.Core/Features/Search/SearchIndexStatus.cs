namespace ExchangeHub.Core.Features.Search;

[GenerateSerializer, Alias("ExchangeHub.SearchIndexStatus")]
public sealed record SearchIndexStatus(
    [property: Id(0)] long Generation,
    [property: Id(1)] int Documents,
    [property: Id(2)] bool Rebuilding,
    [property: Id(3)] int Rebuilds);
