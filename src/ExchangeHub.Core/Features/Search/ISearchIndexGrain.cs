using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// The one search index of the cluster (a single grain, key 0): labs, case studies and public threads in a Lucene
/// index on the disk of the node where it is active, rebuilt from the grains that own the content whenever that
/// disk's copy is not the latest (see ADR 0005).
/// </summary>
public interface ISearchIndexGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or replaces a document; findable by the next search.</summary>
    [OneWay]
    Task UpsertAsync(SearchDocument document);

    [OneWay]
    Task RemoveAsync(string type, string id);

    [ReadOnly]
    Task<SearchResults> SearchAsync(SearchRequest request);

    [ReadOnly]
    Task<SearchIndexStatus> GetStatusAsync();

    /// <summary>Empties the index and reads everything again from the labs, case studies and threads.</summary>
    Task RebuildAsync();
}
