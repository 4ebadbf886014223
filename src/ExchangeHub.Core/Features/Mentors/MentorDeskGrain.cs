using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace ExchangeHub.Core.Features.Mentors;

public sealed class MentorDeskGrain(
    [PersistentState("desk")] IPersistentState<MentorDeskState> desk, EventLog events,
    [FromKeyedServices(MentorOptions.ClockKey)] TimeProvider clock)
    : Grain, IMentorDeskGrain
{
    private const int WaitMemory = 50;
    private const int WaitingToldOnDuty = 5;

    private long? ExpectedWaitSeconds => MentorGrain.Median(desk.State.RecentWaitSeconds);

    public async Task<RoutingResult> EnqueueAsync(DeskEntry entry, IReadOnlyList<string> excludedMentorIds, string eventType)
    {
        var mentors = await GrainFactory.GetGrain<IMentorDirectoryGrain>(0).ListAsync();
        var told = MentorMatching.WhoToTell(entry, mentors, excludedMentorIds.ToHashSet());
        var unserved = MentorMatching.Unserved(entry.Themes, mentors);
        var queued = entry with
        {
            Status = told.Count > 0 ? MentorRequestStatus.Offered : MentorRequestStatus.Open,
            MentorName = null,
            MentorsTold = told.Count,
            UnservedThemes = unserved,
        };
        desk.State.Waiting[entry.RequestId] = queued;
        var position = Renumber(entry.RequestId);
        await PublishAsync(eventType, desk.State.Waiting[entry.RequestId]);
        foreach (var mentor in told)
        {
            Tell(mentor.UserId, entry);
        }

        return new RoutingResult(told.Count, unserved, position, ExpectedWaitSeconds);
    }

    public Task TellOfWaitingAsync(MentorSummary mentor)
    {
        var matching = MentorMatching.Queue(desk.State.Waiting.Values)
            .Where(entry => MentorMatching.Overlap(mentor.Expertise, entry.Themes) > 0)
            .Take(WaitingToldOnDuty);
        foreach (var entry in matching)
        {
            Tell(mentor.UserId, entry);
        }

        return Task.CompletedTask;
    }

    public async Task RemoveAsync(DeskEntry entry, string eventType)
    {
        if (desk.State.Waiting.Remove(entry.RequestId))
        {
            Renumber(null);
            await PublishAsync(eventType, entry);
        }
    }

    public async Task RecordWaitAsync(TimeSpan waited)
    {
        desk.State.RecentWaitSeconds.Add((long)Math.Max(0, waited.TotalSeconds));
        if (desk.State.RecentWaitSeconds.Count > WaitMemory)
        {
            desk.State.RecentWaitSeconds.RemoveAt(0);
        }

        await desk.WriteStateAsync();
    }

    public Task<DeskView> GetAsync() => Task.FromResult(new DeskView(
        MentorMatching.Queue(desk.State.Waiting.Values), ExpectedWaitSeconds, Unserved().Count, desk.State.LastSeq));

    public Task<IReadOnlyList<DeskEntry>> ListUnservedAsync() => Task.FromResult(Unserved());

    public Task<IReadOnlyList<long>> ListRecentWaitsAsync() => Task.FromResult<IReadOnlyList<long>>([.. desk.State.RecentWaitSeconds]);

    public Task<IReadOnlyList<LiveEvent>> GetEventsAfterAsync(long afterSeq) =>
        events.ReadAfterAsync(StreamNames.MentorDesk, afterSeq, desk.State.LastSeq);

    private void Tell(string mentorId, DeskEntry entry) =>
        _ = GrainFactory.GetGrain<INotificationInboxGrain>(mentorId).AddAsync(new NewNotification(
            NotificationKinds.MentorRequest, "", entry.Title, 0, entry.LabName, entry.Excerpt, entry.Url));

    private IReadOnlyList<DeskEntry> Unserved() => MentorMatching.Queue(desk.State.Waiting.Values.Where(e => e.MentorsTold == 0));

    /// <summary>
    /// Numbers the queue again and tells each request whose place changed (one-way, so the desk never waits on a request
    /// that may be waiting on it); answers the place of <paramref name="quiet"/>, which hears it from the caller instead.
    /// </summary>
    private int Renumber(string? quiet)
    {
        var place = 0;
        var quietPlace = 0;
        foreach (var entry in MentorMatching.Queue(desk.State.Waiting.Values))
        {
            place++;
            if (entry.RequestId == quiet)
            {
                quietPlace = place;
            }
            else if (entry.Position != place)
            {
                _ = GrainFactory.GetGrain<IMentorRequestGrain>(entry.RequestId).QueueMovedAsync(place, ExpectedWaitSeconds);
            }

            desk.State.Waiting[entry.RequestId] = entry with { Position = place };
        }

        return quietPlace;
    }

    private async Task PublishAsync(string type, DeskEntry entry)
    {
        var liveEvent = LiveEvent.Create(StreamNames.MentorDesk, ++desk.State.LastSeq, type, clock.GetUtcNow(), entry);
        // The event is stored before the state that counts it, so a crash between the two never leaves a gap.
        await events.AppendAsync(liveEvent);
        await desk.WriteStateAsync();
        await events.PublishAsync(liveEvent);
    }
}
