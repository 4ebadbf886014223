namespace ExchangeHub.Core.Features.Search;

/// <summary>A query as the index receives it: the text as typed, exact filters, and whether the asker is signed in.</summary>
[GenerateSerializer, Alias("ExchangeHub.SearchRequest")]
public sealed record SearchRequest(
    [property: Id(0)] string Text,
    [property: Id(1)] string? Type = null,
    [property: Id(2)] string? Prefecture = null,
    [property: Id(3)] string? Region = null,
    [property: Id(4)] string? Theme = null,
    [property: Id(5)] bool SignedIn = false,
    [property: Id(6)] int Skip = 0,
    [property: Id(7)] int Take = 20)
{
    public bool HasFilter => Type is not null || Prefecture is not null || Region is not null || Theme is not null;
}
