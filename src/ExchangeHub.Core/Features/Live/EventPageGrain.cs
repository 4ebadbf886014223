using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace ExchangeHub.Core.Features.Live;

/// <summary>
/// Each append is stored as a record of its own, named after its first seq ("events-{seq}"), so storing an event costs
/// the event alone, not the page it falls in. The records chain: each names the seq after its last, and activation
/// follows them from the page's first seq, after the events of a page written whole, as older pages are.
/// </summary>
/// <remarks>A write that fails ends the activation (ReloadAfterFailedCall), so events not stored never linger here.</remarks>
public sealed class EventPageGrain(
    [PersistentState("page")] IPersistentState<EventPageState> whole,
    [FromKeyedServices(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)] IGrainStorage storage)
    : Grain, IEventPageGrain
{
    private const string BatchPrefix = "events-";

    private readonly List<LiveEvent> _events = [];

    // The ETag of each record by its first seq: an append with that seq again replaces the record.
    private readonly Dictionary<long, string?> _etags = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _events.AddRange(whole.State.Events);
        var last = EventLog.LastSeqOfPage(this.GetPrimaryKeyString());
        var next = _events.Count > 0 ? _events.Max(e => e.Seq) + 1 : last - EventLog.PageSize + 1;
        while (next <= last)
        {
            var batch = new GrainState<EventBatch>();
            await storage.ReadStateAsync(BatchPrefix + next, this.GetGrainId(), batch);
            if (!batch.RecordExists || batch.State is not { Events.Count: > 0 } stored)
            {
                break;
            }

            _etags[next] = batch.ETag;
            SeqLists.Put(_events, stored.Events, e => e.Seq);
            next = stored.Events.Max(e => e.Seq) + 1;
        }
    }

    public async Task AppendAsync(IReadOnlyList<LiveEvent> liveEvents)
    {
        // An event with this seq is either the same one appended again after a failure, or one written ahead by an owner
        // that never stored its state (so no reader saw it): either way the new one takes its place, never a second copy.
        var first = liveEvents.Min(e => e.Seq);
        var etag = _etags.GetValueOrDefault(first);
        var batch = new GrainState<EventBatch>(new EventBatch { Events = [.. liveEvents] }) { ETag = etag, RecordExists = etag is not null };
        await storage.WriteStateAsync(BatchPrefix + first, this.GetGrainId(), batch);
        _etags[first] = batch.ETag;
        SeqLists.Put(_events, liveEvents, e => e.Seq);
    }

    public Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(long afterSeq) =>
        Task.FromResult<IReadOnlyList<LiveEvent>>(_events.Where(e => e.Seq > afterSeq).OrderBy(e => e.Seq).ToList());
}
