using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Live;

namespace ExchangeHub.Core.Features.Activity;

public sealed class ActivityGrain([PersistentState("activity")] IPersistentState<ActivityState> activity, EventLog events)
    : Grain, IActivityGrain
{
    public const int Keep = 30;
    private const int MonthsKept = 36;

    public async Task RecordAsync(ActivityItem item)
    {
        var state = activity.State;
        state.Items.Insert(0, item);
        if (state.Items.Count > Keep)
        {
            state.Items.RemoveRange(Keep, state.Items.Count - Keep);
        }

        var month = ActivityMonths.Of(item.At);
        var key = item.Kind + "|" + ActivityMonths.Key(month);
        state.Monthly[key] = state.Monthly.GetValueOrDefault(key) + 1;
        var oldest = ActivityMonths.Key(month.AddMonths(-MonthsKept));
        foreach (var stale in state.Monthly.Keys.Where(k => string.CompareOrdinal(k[(k.IndexOf('|', StringComparison.Ordinal) + 1)..], oldest) < 0).ToList())
        {
            state.Monthly.Remove(stale);
        }

        var liveEvent = LiveEvent.Create(StreamNames.Activity, ++state.LastSeq, item.Kind, item.At, item);
        // The event is stored before the state that counts it, so a crash between the two never leaves a gap.
        await events.AppendAsync(liveEvent);
        await activity.WriteStateAsync();
        await events.PublishAsync(liveEvent);
    }

    public Task<ActivityView> GetAsync() =>
        Task.FromResult(new ActivityView([.. activity.State.Items], new Dictionary<string, int>(activity.State.Monthly), activity.State.LastSeq));

    public Task<IReadOnlyList<LiveEvent>> GetEventsAfterAsync(long afterSeq) =>
        events.ReadAfterAsync(StreamNames.Activity, afterSeq, activity.State.LastSeq);
}
