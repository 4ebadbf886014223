using System.Collections.Concurrent;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Where each thread is: its space and title are set when it is created and never change, and a thread is never
/// deleted, so a node keeps what it has looked up and checks a request's rights without calling the thread. The
/// rights themselves are worked out afresh for every request.
/// </summary>
public sealed class ThreadPlaces(IGrainFactory grains)
{
    // Bounds the memory kept; a thread forgotten is looked up again.
    private const int Limit = 100_000;

    private readonly ConcurrentDictionary<string, ThreadRef> _known = new(StringComparer.Ordinal);

    public async Task<ThreadRef?> FindAsync(string threadId)
    {
        if (_known.TryGetValue(threadId, out var known))
        {
            return known;
        }

        return await grains.GetGrain<ITopicThreadGrain>(threadId).GetAsync() is { } view ? Remember(view) : null;
    }

    /// <summary>Keeps a thread's place from a view already in hand.</summary>
    public ThreadRef Remember(ThreadView view)
    {
        if (_known.Count >= Limit)
        {
            _known.Clear();
        }

        return _known[view.Id] = new ThreadRef(view.Id, view.Space, view.Title);
    }
}
