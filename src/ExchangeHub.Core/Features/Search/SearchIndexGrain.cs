using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Core.Features.Search;

public sealed class SearchIndexGrain(
    [PersistentState("searchIndex")] IPersistentState<SearchIndexState> state,
    IOptions<SearchIndexOptions> options, SearchSources sources, ILogger<SearchIndexGrain> logger)
    : Grain, ISearchIndexGrain
{
    private SearchIndex? _index;
    private Task _rebuild = Task.CompletedTask;
    private HashSet<string>? _changedDuringRebuild;
    private bool _complete = true;
    private bool _stopping;
    private int _rebuilds;

    private SearchIndex Index => _index ?? throw new InvalidOperationException("The index is opened on activation.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _index = SearchIndex.Open(options.Value.Folder);
        var trusted = _index.SealedGeneration == state.State.Generation;

        // Stored before any update is taken: from here on, only a clean close makes the folder trusted again.
        state.State.Generation++;
        await state.WriteStateAsync(cancellationToken);
        if (!trusted)
        {
            logger.LogInformation("Search index in {Folder} is not generation {Generation}; rebuilding", options.Value.Folder, state.State.Generation - 1);
            StartRebuild();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _stopping = true;
        await _rebuild;
        if (_complete)
        {
            Index.Seal(state.State.Generation);
        }

        Index.Dispose();
        _index = null;
    }

    public Task UpsertAsync(SearchDocument document)
    {
        _changedDuringRebuild?.Add(document.Key);
        Index.Upsert(document);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string type, string id)
    {
        _changedDuringRebuild?.Add(SearchDocument.KeyOf(type, id));
        Index.Remove(type, id);
        return Task.CompletedTask;
    }

    public Task<SearchResults> SearchAsync(SearchRequest request) => Task.FromResult(Index.Search(request));

    public Task<SearchIndexStatus> GetStatusAsync() =>
        Task.FromResult(new SearchIndexStatus(state.State.Generation, Index.Count, !_rebuild.IsCompleted, _rebuilds));

    public Task RebuildAsync()
    {
        if (_rebuild.IsCompleted)
        {
            StartRebuild();
        }

        return Task.CompletedTask;
    }

    // Runs on the grain beside its requests: an update that arrives meanwhile is newer than what the rebuild read.
    private void StartRebuild()
    {
        Index.Clear();
        _changedDuringRebuild = [];
        _complete = false;
        _rebuilds++;
        _rebuild = RebuildFromSourcesAsync();
    }

    private async Task RebuildFromSourcesAsync()
    {
        try
        {
            var read = 0;
            await foreach (var document in sources.ReadAllAsync())
            {
                if (_stopping)
                {
                    logger.LogInformation("Search index rebuild stopped by deactivation; the next activation rebuilds");
                    return;
                }

                read++;
                if (_changedDuringRebuild?.Contains(document.Key) != true)
                {
                    Index.Upsert(document);
                }
            }

            _complete = true;
            logger.LogInformation("Search index rebuilt: {Documents} documents", read);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            logger.LogError(exception, "Search index rebuild failed; the next activation rebuilds");
        }
        finally
        {
            _changedDuringRebuild = null;
        }
    }
}
