using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Search;

/// <summary>How handlers tell the index about a change: one-way calls, so a write never waits for the index.</summary>
public static class SearchIndexing
{
    public static void Upsert(IGrainFactory grains, SearchDocument document) => _ = Index(grains).UpsertAsync(document);

    /// <summary>Indexes a thread of a searchable space, or takes it out when it has nothing left to find.</summary>
    public static void Thread(IGrainFactory grains, ThreadView thread, string? openingMarkdown)
    {
        if (!SearchDocuments.IsIndexed(thread.Space))
        {
            return;
        }

        _ = SearchDocuments.Thread(thread, openingMarkdown) is { } document
            ? Index(grains).UpsertAsync(document)
            : Index(grains).RemoveAsync(SearchTypes.Thread, thread.Id);
    }

    private static ISearchIndexGrain Index(IGrainFactory grains) => grains.GetGrain<ISearchIndexGrain>(0);
}
