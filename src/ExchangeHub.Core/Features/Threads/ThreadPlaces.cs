using ExchangeHub.Core.Common;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Where each thread is: its space and title are set when it is created and never change, and a thread is never
/// deleted, so a node keeps what it has looked up and checks a request's rights without calling the thread. The
/// rights themselves are worked out afresh for every request.
/// </summary>
public sealed class ThreadPlaces(IGrainFactory grains)
{
    private readonly KeptValues<ThreadRef> _known = new(100_000);

    public async Task<ThreadRef?> FindAsync(string threadId)
    {
        if (_known.TryGet(threadId, out var known))
        {
            return known;
        }

        return await grains.GetGrain<ITopicThreadGrain>(threadId).GetAsync() is { } view ? Remember(view) : null;
    }

    /// <summary>Keeps a thread's place from a view already in hand.</summary>
    public ThreadRef Remember(ThreadView view) => _known.Keep(view.Id, new ThreadRef(view.Id, view.Space, view.Title));
}
