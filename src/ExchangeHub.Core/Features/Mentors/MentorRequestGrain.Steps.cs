using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Mentors;

public sealed partial class MentorRequestGrain
{
    private Problem? CheckOpen() =>
        !State.Exists ? NotFound()
        : MentorRequestStatus.IsClosed(State.Status) ? Problem.Conflict(Say.Text("この相談は既に終了しています。", "This request is already closed."))
        : null;

    private async Task CloseAsync(string status, string eventType, string? actorName)
    {
        var wasWaiting = MentorRequestStatus.IsWaiting(State.Status);
        State.Status = status;
        State.ClosedAt = clock.GetUtcNow();
        State.Position = null;
        Note(eventType, actorName);
        await PublishAsync(eventType);
        await ScheduleDeadlineAsync();
        if (wasWaiting)
        {
            await GrainFactory.GetGrain<IMentorDeskGrain>(0).RemoveAsync(Entry(), eventType);
        }

        await UpdateListsAsync();
    }

    private async Task ApplyRoutingAsync(RoutingResult routing, string eventType)
    {
        State.MentorsTold = routing.MentorsTold;
        State.UnservedThemes = [.. routing.UnservedThemes];
        (State.Position, State.ExpectedWaitSeconds) = (routing.Position, routing.ExpectedWaitSeconds);
        if (routing.MentorsTold > 0)
        {
            State.Status = MentorRequestStatus.Offered;
            Note(MentorRequestEventTypes.Offered, null);
        }

        await PublishAsync(eventType == MentorRequestEventTypes.Offered && routing.MentorsTold == 0 ? MentorRequestEventTypes.Queue : eventType);
        await UpdateListsAsync();
    }

    private void Note(string eventType, string? actorName)
    {
        State.Timeline.Add(new TimelineEntry(eventType["mentorrequest.".Length..], clock.GetUtcNow(), actorName));
        Trim(State.Timeline, TimelineMemory);
    }

    private static void Trim<T>(List<T> items, int capacity)
    {
        if (items.Count > capacity)
        {
            items.RemoveRange(0, items.Count - capacity);
        }
    }

    private async Task PublishAsync(string type)
    {
        State.LastSeq++;
        var liveEvent = LiveEvent.Create(StreamNames.MentorRequest(Id), State.LastSeq, type, clock.GetUtcNow(), View());
        // The event is stored before the state that counts it, so a crash between the two never leaves a gap.
        await events.AppendAsync(liveEvent);
        await request.WriteStateAsync();
        await events.PublishAsync(liveEvent);
    }

    private async Task UpdateListsAsync()
    {
        var summary = MentorRequestSummary.From(View(), clock.GetUtcNow());
        await GrainFactory.GetGrain<IMentorRequestIndexGrain>(IMentorRequestIndexGrain.OfLab(State.LabId)).UpsertAsync(summary);
        if (State.MentorId is { } mentorId)
        {
            await GrainFactory.GetGrain<IMentorRequestIndexGrain>(IMentorRequestIndexGrain.OfMentor(mentorId)).UpsertAsync(summary);
        }
    }

    private DeskEntry Entry() => new(Id, State.LabId, State.LabName, State.Title, State.Excerpt, State.Themes, State.Urgency,
        State.OpenedAt, State.Status, State.MentorName, State.MentorsTold, State.UnservedThemes, State.Position ?? 0);

    private MentorRequestView View() => new(Id, State.LabId, State.LabName, State.Title, State.Excerpt, State.Themes, State.Urgency,
        State.Status, State.RequesterId, State.RequesterName, State.ThreadId, State.MentorId, State.MentorName, State.OpenedAt,
        State.ClaimedAt, State.FirstAnswerAt, State.ClosedAt,
        State.Status == MentorRequestStatus.Claimed ? State.ClaimedAt + options.Value.ClaimTimeout : null,
        State.Rating, State.Comment, State.Position, State.ExpectedWaitSeconds, State.SeenCount, State.MentorsTold,
        State.UnservedThemes, State.Timeline, State.LastSeq);

    private static Problem NotFound() => Problem.NotFound("相談", "The mentor request");
}
