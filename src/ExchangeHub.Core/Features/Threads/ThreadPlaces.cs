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

    // Counted apart: the dictionary's own count takes every lock it has.
    private int _count;

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
        var place = new ThreadRef(view.Id, view.Space, view.Title);
        if (_known.TryAdd(view.Id, place) && Interlocked.Increment(ref _count) > Limit)
        {
            _known.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        return place;
    }
}
