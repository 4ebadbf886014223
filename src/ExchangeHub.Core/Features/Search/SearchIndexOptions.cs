namespace ExchangeHub.Core.Features.Search;

/// <summary>Where the search grain keeps its Lucene index: a folder of derived data, safe to delete.</summary>
public sealed class SearchIndexOptions
{
    public string Folder { get; set; } = Path.Combine("data", "search");
}
