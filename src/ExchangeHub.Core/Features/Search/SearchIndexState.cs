namespace ExchangeHub.Core.Features.Search;

[GenerateSerializer, Alias("ExchangeHub.SearchIndexState")]
public sealed record SearchIndexState
{
    /// <summary>Raised on every activation; an index on disk is trusted only when it was sealed with the current one.</summary>
    [Id(0)]
    public long Generation { get; set; }
}
