using System.Globalization;
using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

/// <summary>Writes and reads a stream's paged history; used by the grain that owns the stream.</summary>
public sealed class EventLog(IGrainFactory grains, ILiveFeed feed)
{
    public const int PageSize = 100;

    /// <summary>The most events one catch-up returns; a client that missed more asks again from the last one it got.</summary>
    public const int MaxCatchUp = 1000;

    // The order that survives a node dying at any point: AppendAsync, then store the owner's state (its lastSeq), then
    // PublishAsync. An event appended whose owner never stored it lies past lastSeq, where no read looks, and the next
    // event with that seq replaces it; storing the state first instead could leave a seq that no page holds.

    /// <summary>Writes the event ahead of the owner's state; see the order above.</summary>
    public Task AppendAsync(LiveEvent liveEvent) => AppendAsync([liveEvent]);

    /// <summary>Writes events of one stream ahead of the owner's state: one write per page they fall in.</summary>
    public Task AppendAsync(IReadOnlyList<LiveEvent> liveEvents) => Task.WhenAll(liveEvents
        .GroupBy(e => (e.Stream, Page: PageNumber(e.Seq)))
        .Select(page => grains.GetGrain<IEventPageGrain>(Key(page.Key.Stream, page.Key.Page)).AppendAsync(page.ToList())));

    /// <summary>Pushes an event already appended and stored to everyone subscribed.</summary>
    public Task PublishAsync(LiveEvent liveEvent) => feed.PublishAsync(liveEvent);

    public async Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(string stream, long afterSeq, long lastSeq)
    {
        var from = Math.Max(afterSeq, 0) + 1;
        if (from > lastSeq)
        {
            return [];
        }

        var to = Math.Min(lastSeq, from + MaxCatchUp - 1);
        var reads = new List<Task<IReadOnlyList<LiveEvent>>>();
        for (var page = PageNumber(from); page <= PageNumber(to); page++)
        {
            reads.Add(grains.GetGrain<IEventPageGrain>(Key(stream, page)).ReadAfterAsync(from - 1));
        }

        var pages = await Task.WhenAll(reads);
        return pages.SelectMany(events => events).Where(e => e.Seq <= to).OrderBy(e => e.Seq).ToList();
    }

    /// <summary>True when <paramref name="seq"/> is the last of its page.</summary>
    public static bool EndsPage(long seq) => seq > 0 && seq % PageSize == 0;

    public static long PageNumber(long seq) => (seq - 1) / PageSize;

    /// <summary>The number of a page, read from its key.</summary>
    public static long PageNumberOfKey(string pageKey) => long.Parse(pageKey.AsSpan(pageKey.LastIndexOf('|') + 1), CultureInfo.InvariantCulture);

    /// <summary>The id under which a page's events are stored, for an owner that writes its page itself (<see cref="EventTail"/>).</summary>
    public GrainId PageId(string stream, long page) => grains.GetGrain<IEventPageGrain>(Key(stream, page)).GetGrainId();

    private static string Key(string stream, long page) => $"{stream}|{page}";
}
