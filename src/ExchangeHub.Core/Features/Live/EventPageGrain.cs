using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

public sealed class EventPageGrain([PersistentState("page")] IPersistentState<EventPageState> page) : Grain, IEventPageGrain
{
    public async Task AppendAsync(LiveEvent liveEvent)
    {
        // A retried append after a failure must not duplicate the event.
        if (page.State.Events.Any(existing => existing.Seq == liveEvent.Seq))
        {
            return;
        }

        page.State.Events.Add(liveEvent);
        await page.WriteStateAsync();
    }

    public Task<IReadOnlyList<LiveEvent>> ReadAfterAsync(long afterSeq) =>
        Task.FromResult<IReadOnlyList<LiveEvent>>(page.State.Events.Where(e => e.Seq > afterSeq).OrderBy(e => e.Seq).ToList());
}
