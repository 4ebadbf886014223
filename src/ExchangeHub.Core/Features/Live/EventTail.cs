using ExchangeHub.Core.Common.Live;
using Orleans.Storage;

namespace ExchangeHub.Core.Features.Live;

/// <summary>
/// The page of a stream's events still being written, held by the grain that owns the stream. It stores the owner's
/// appends itself, in the records an <see cref="EventPageGrain"/> reads, and answers reads of its page from memory, so
/// storing an event costs its write and no call to another grain. The pages behind it are full and never written again;
/// their grains read them from the store the first time someone asks, which is never before they are full.
/// </summary>
/// <remarks>Used by one activation of the owner, whose appends come one at a time.</remarks>
public sealed class EventTail
{
    private readonly EventLog _log;
    private readonly IGrainStorage _storage;
    private readonly string _stream;
    private StoredEventPage _page;

    private EventTail(EventLog log, IGrainStorage storage, string stream, StoredEventPage page) =>
        (_log, _storage, _stream, _page) = (log, storage, stream, page);

    /// <summary>
    /// Reads the stream from the page of the seq after <paramref name="afterSeq"/> on, for as long as pages are full:
    /// the tail is where the stored events stop. Answers the events after <paramref name="afterSeq"/> in unbroken order,
    /// which an owner that stores its state only now and then replays.
    /// </summary>
    public static async Task<(EventTail Tail, IReadOnlyList<LiveEvent> After)> OpenAsync(
        EventLog log, IGrainStorage storage, string stream, long afterSeq)
    {
        var after = new List<LiveEvent>();
        var next = Math.Max(afterSeq, 0) + 1;
        while (true)
        {
            var page = await LoadAsync(log, storage, stream, EventLog.PageNumber(next));
            foreach (var liveEvent in page.After(next - 1).TakeWhile(e => e.Seq == next))
            {
                after.Add(liveEvent);
                next++;
            }

            if (next <= page.LastSeq)
            {
                return (new EventTail(log, storage, stream, page), after);
            }
        }
    }

    /// <summary>
    /// Stores events of the tail's page, or of the page after it once the tail's page is full, in one record; see
    /// <see cref="StoredEventPage.AppendAsync"/> for <paramref name="onPool"/>.
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<LiveEvent> liveEvents, bool onPool = false)
    {
        var number = EventLog.PageNumber(liveEvents[0].Seq);
        if (liveEvents.Any(e => EventLog.PageNumber(e.Seq) != number) || number != _page.Number && number != _page.Number + 1)
        {
            throw new ArgumentException($"An append to the tail of {_stream} falls in its page or the next, and in one page only.", nameof(liveEvents));
        }

        if (number != _page.Number)
        {
            _page = await LoadAsync(_log, _storage, _stream, number);
        }

        await _page.AppendAsync(liveEvents, onPool);
    }

    /// <summary>Events after <paramref name="afterSeq"/> up to <paramref name="lastSeq"/>, at most <see cref="EventLog.MaxCatchUp"/>.</summary>
    public async Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(long afterSeq, long lastSeq)
    {
        var to = Math.Min(lastSeq, Math.Max(afterSeq, 0) + EventLog.MaxCatchUp);

        // Taken before anything is awaited: an append meanwhile may move the tail on, and its page is then read whole.
        var page = _page;
        var held = page.After(afterSeq).TakeWhile(e => e.Seq <= to).ToList();
        var before = await _log.ReadAfterAsync(_stream, afterSeq, Math.Min(to, page.FirstSeq - 1));
        return [.. before, .. held];
    }

    private static async Task<StoredEventPage> LoadAsync(EventLog log, IGrainStorage storage, string stream, long number)
    {
        var page = new StoredEventPage(storage, log.PageId(stream, number), number);
        await page.LoadAsync();
        return page;
    }
}
