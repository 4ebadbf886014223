using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;
using Orleans.Storage;

namespace ExchangeHub.Core.Features.Live;

/// <summary>
/// One page of a stream's events as the store holds it. Each append is a record of its own under the page's grain id,
/// named after its first seq ("events-{seq}"), so storing an event costs the event alone, not the page it falls in. The
/// records chain: each names the seq after its last, and loading follows them from the page's first seq, after the
/// events of a page written whole ("page"), as older builds stored pages.
/// </summary>
public sealed class StoredEventPage(IGrainStorage storage, GrainId id, long number)
{
    private const string BatchPrefix = "events-";
    private const string WholePage = "page";

    private readonly List<LiveEvent> _events = [];

    // The ETag of each record by its first seq: an append with that seq again replaces the record.
    private readonly Dictionary<long, string?> _etags = [];

    public long Number => number;

    public long FirstSeq => (number * EventLog.PageSize) + 1;

    public long LastSeq => (number + 1) * EventLog.PageSize;

    public async Task LoadAsync()
    {
        var whole = new GrainState<EventPageState>();
        await storage.ReadStateAsync(WholePage, id, whole);
        _events.AddRange(whole.State?.Events ?? []);
        var next = _events.Count > 0 ? _events.Max(e => e.Seq) + 1 : FirstSeq;
        while (next <= LastSeq)
        {
            var batch = new GrainState<EventBatch>();
            await storage.ReadStateAsync(BatchPrefix + next, id, batch);
            if (!batch.RecordExists || batch.State is not { Events.Count: > 0 } stored)
            {
                break;
            }

            _etags[next] = batch.ETag;
            SeqLists.Put(_events, stored.Events, e => e.Seq);
            next = stored.Events.Max(e => e.Seq) + 1;
        }
    }

    /// <summary>
    /// Stores events of this page in one record; held once stored. <paramref name="onPool"/> runs the store's write on
    /// the thread pool, for a caller whose turn should not wait on the disk; the events are held back on the caller's.
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<LiveEvent> liveEvents, bool onPool = false)
    {
        // An event with this seq is either the same one appended again after a failure, or one written ahead by an owner
        // that never stored its state (so no reader saw it): either way the new one takes its place, never a second copy.
        var first = liveEvents.Min(e => e.Seq);
        var etag = _etags.GetValueOrDefault(first);
        var batch = new GrainState<EventBatch>(new EventBatch { Events = [.. liveEvents] }) { ETag = etag, RecordExists = etag is not null };
        var name = BatchPrefix + first;
        await (onPool ? Task.Run(() => storage.WriteStateAsync(name, id, batch)) : storage.WriteStateAsync(name, id, batch));
        _etags[first] = batch.ETag;
        SeqLists.Put(_events, liveEvents, e => e.Seq);
    }

    public List<LiveEvent> After(long afterSeq) => [.. _events.Where(e => e.Seq > afterSeq).OrderBy(e => e.Seq)];
}
