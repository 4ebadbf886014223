using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

/// <remarks>A write that fails ends the activation (ReloadAfterFailedCall), so events not stored never linger here.</remarks>
public sealed class EventPageGrain([PersistentState("page")] IPersistentState<EventPageState> page) : Grain, IEventPageGrain
{
    public async Task AppendAsync(IReadOnlyList<LiveEvent> liveEvents)
    {
        // An event with this seq is either the same one appended again after a failure, or one written ahead by an owner
        // that never stored its state (so no reader saw it): either way the new one takes its place, never a second copy.
        SeqLists.Put(page.State.Events, liveEvents, e => e.Seq);
        await page.WriteStateAsync();
    }

    public Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(long afterSeq) =>
        Task.FromResult<IReadOnlyList<LiveEvent>>(page.State.Events.Where(e => e.Seq > afterSeq).OrderBy(e => e.Seq).ToList());
}
