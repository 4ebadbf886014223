using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

public sealed class EventPageGrain([PersistentState("page")] IPersistentState<EventPageState> page) : Grain, IEventPageGrain
{
    public async Task AppendAsync(IReadOnlyList<LiveEvent> liveEvents)
    {
        foreach (var liveEvent in liveEvents)
        {
            // An event with this seq is either the same one appended again after a failure, or one written ahead by an
            // owner that never stored its state (so no reader saw it): either way the new one takes its place, never a
            // second copy.
            var index = page.State.Events.FindIndex(existing => existing.Seq == liveEvent.Seq);
            if (index >= 0)
            {
                page.State.Events[index] = liveEvent;
            }
            else
            {
                page.State.Events.Add(liveEvent);
            }
        }

        try
        {
            await page.WriteStateAsync();
        }
        catch
        {
            // What was not stored must not linger in memory, to be read or written later with someone else's change; a
            // read back could fail as the write did, so the next call reads the page in a new activation instead.
            DeactivateOnIdle();
            throw;
        }
    }

    public Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(long afterSeq) =>
        Task.FromResult<IReadOnlyList<LiveEvent>>(page.State.Events.Where(e => e.Seq > afterSeq).OrderBy(e => e.Seq).ToList());
}
