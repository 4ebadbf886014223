namespace ExchangeHub.Core.Features.Search;

[GenerateSerializer, Alias("ExchangeHub.SearchResults")]
public sealed record SearchResults([property: Id(0)] IReadOnlyList<SearchHit> Items, [property: Id(1)] int Total)
{
    public static readonly SearchResults Empty = new([], 0);
}
