using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>The threads of one space (keyed by the space: "public", "lab:{id}", ...), as summaries for its list page.</summary>
public interface ISpaceGrain : IGrainWithStringKey
{
    Task UpsertAsync(ThreadSummary summary);

    [ReadOnly]
    Task<IReadOnlyList<ThreadSummary>> ListAsync(int skip, int take);
}
