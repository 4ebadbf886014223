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

    public ValueTask<ThreadRef?> FindAsync(string threadId) => _known.FindAsync(threadId, async id =>
        await grains.GetGrain<ITopicThreadGrain>(id).GetAsync() is { } view ? Place(view) : null);

    /// <summary>Keeps a thread's place from a view already in hand.</summary>
    public ThreadRef Remember(ThreadView view) => _known.Keep(view.Id, Place(view));

    private static ThreadRef Place(ThreadView view) => new(view.Id, view.Space, view.Title);
}
