using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Threads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Core.Features.Mentors;

public sealed partial class MentorRequestGrain(
    [PersistentState("request")] IPersistentState<MentorRequestState> request, EventLog events, ILiveFeed feed,
    IOptions<MentorOptions> options, [FromKeyedServices(MentorOptions.ClockKey)] TimeProvider clock)
    : Grain, IMentorRequestGrain, IRemindable
{
    private const int TimelineMemory = 100;
    private const int SeenMemory = 50;

    private string Id => this.GetPrimaryKeyString();

    private MentorRequestState State => request.State;

    public async Task<Result<MentorRequestView>> OpenAsync(NewMentorRequest opened)
    {
        if (State.Exists)
        {
            return Problem.Conflict(Say.Text("この相談は既にあります。", "This request already exists."));
        }

        (State.LabId, State.LabName, State.Title, State.Excerpt) = (opened.LabId, opened.LabName, opened.Title, opened.Excerpt);
        (State.Themes, State.Urgency, State.ThreadId) = ([.. opened.Themes], opened.Urgency, opened.ThreadId);
        (State.RequesterId, State.RequesterName) = (opened.RequesterId, opened.RequesterName);
        State.Status = MentorRequestStatus.Open;
        State.OpenedAt = clock.GetUtcNow();
        Note(MentorRequestEventTypes.Opened, opened.RequesterName);
        await PublishAsync(MentorRequestEventTypes.Opened);
        await ScheduleDeadlineAsync();
        await UpdateListsAsync();
        return View();
    }

    public async Task<Result<RoutingResult>> RouteAsync()
    {
        if (!State.Exists)
        {
            return NotFound();
        }

        if (!MentorRequestStatus.IsWaiting(State.Status))
        {
            return Problem.Conflict(Say.Text("この相談は待ち行列にありません。", "This request is not waiting in the queue."));
        }

        var routing = await GrainFactory.GetGrain<IMentorDeskGrain>(0).EnqueueAsync(Entry(), State.LapsedMentorIds, MentorRequestEventTypes.Opened);
        await ApplyRoutingAsync(routing, MentorRequestEventTypes.Offered);
        return routing;
    }

    public Task<MentorRequestView?> GetAsync() => Task.FromResult(State.Exists ? View() : null);

    public async Task<Result<MentorRequestView>> ClaimAsync(Viewer mentor)
    {
        if (!State.Exists)
        {
            return NotFound();
        }

        if (State.Status == MentorRequestStatus.Claimed && State.MentorId == mentor.UserId)
        {
            return View();
        }

        if (!MentorRequestStatus.IsWaiting(State.Status))
        {
            return Problem.Conflict(State.MentorId is not null && !MentorRequestStatus.IsClosed(State.Status)
                ? Say.Text($"{State.MentorName}さんが既に対応しています。", $"{State.MentorName} has already claimed this request.")
                : Say.Text("この相談は受付を終えています。", "This request is no longer waiting for a mentor."));
        }

        var taken = await GrainFactory.GetGrain<IMentorGrain>(mentor.UserId).TakeAsync(Id);
        if (!taken.IsSuccess)
        {
            return taken.Problem;
        }

        State.Status = MentorRequestStatus.Claimed;
        (State.MentorId, State.MentorName, State.ClaimedAt, State.Position) = (mentor.UserId, mentor.DisplayName, clock.GetUtcNow(), null);
        Note(MentorRequestEventTypes.Claimed, mentor.DisplayName);
        await PublishAsync(MentorRequestEventTypes.Claimed);
        await ScheduleDeadlineAsync();
        await GrainFactory.GetGrain<IMentorDeskGrain>(0).RemoveAsync(Entry(), MentorRequestEventTypes.Claimed);
        await UpdateListsAsync();
        return View();
    }

    public async Task NoteAnswerAsync(string authorId)
    {
        if (State.Status != MentorRequestStatus.Claimed || State.MentorId != authorId || State.ClaimedAt is not { } claimedAt)
        {
            return;
        }

        var now = clock.GetUtcNow();
        State.Status = MentorRequestStatus.Answered;
        State.FirstAnswerAt = now;
        Note(MentorRequestEventTypes.Answered, State.MentorName);
        await PublishAsync(MentorRequestEventTypes.Answered);
        await ScheduleDeadlineAsync();
        await GrainFactory.GetGrain<IMentorGrain>(authorId).RecordAnswerAsync(Id, now - claimedAt);
        await GrainFactory.GetGrain<IMentorDeskGrain>(0).RecordWaitAsync(now - State.OpenedAt);
        await UpdateListsAsync();
        // The request's title and thread are private to the lab and mentors: the public feed names only the lab.
        await GrainFactory.GetGrain<IActivityGrain>(0).RecordAsync(new ActivityItem(
            ActivityKinds.MentorRequestAnswered, "", State.LabId, State.LabName, $"/labs/{State.LabId}", now,
            (long)Math.Max(0, (now - State.OpenedAt).TotalSeconds)));
    }

    public async Task<Result<MentorRequestView>> ResolveAsync(Viewer resolver, int? rating, string? comment)
    {
        if (CheckOpen() is { } problem)
        {
            return problem;
        }

        if (rating is not null && State.MentorId is null)
        {
            return Problem.Invalid("rating", Say.Text("まだメンターが対応していないため評価できません。", "No mentor has taken this request, so there is no one to rate."));
        }

        if (rating is not null && State.MentorId == resolver.UserId)
        {
            return Problem.Forbidden(Say.Text("自分の回答は評価できません。", "Mentors cannot rate their own answers."));
        }

        var mentorId = State.MentorId;
        var held = State.Status == MentorRequestStatus.Claimed;
        (State.Rating, State.Comment) = (rating, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
        await CloseAsync(MentorRequestStatus.Resolved, MentorRequestEventTypes.Resolved, resolver.DisplayName);
        if (mentorId is not null && held)
        {
            await GrainFactory.GetGrain<IMentorGrain>(mentorId).ReleaseAsync(Id);
        }

        if (mentorId is not null && rating is { } stars)
        {
            await GrainFactory.GetGrain<IMentorGrain>(mentorId).RecordRatingAsync(stars);
        }

        return View();
    }

    public async Task<Result<MentorRequestView>> CancelAsync(Viewer canceller)
    {
        if (CheckOpen() is { } problem)
        {
            return problem;
        }

        if (State.Status == MentorRequestStatus.Answered)
        {
            return Problem.Conflict(Say.Text("回答済みの相談は取り消せません。解決にしてください。", "This request has an answer; resolve it instead of cancelling."));
        }

        if (State.Status == MentorRequestStatus.Claimed && State.MentorId is { } mentorId)
        {
            await GrainFactory.GetGrain<IMentorGrain>(mentorId).ReleaseAsync(Id);
        }

        await CloseAsync(MentorRequestStatus.Cancelled, MentorRequestEventTypes.Cancelled, canceller.DisplayName);
        return View();
    }

    public async Task<Result<MentorRequestView>> MarkSeenAsync(string mentorId)
    {
        if (!State.Exists)
        {
            return NotFound();
        }

        if (MentorRequestStatus.IsWaiting(State.Status) && !State.SeenBy.Contains(mentorId))
        {
            State.SeenBy.Add(mentorId);
            Trim(State.SeenBy, SeenMemory);
            State.SeenCount++;
            await PublishAsync(MentorRequestEventTypes.Seen);
        }

        return View();
    }

    public async Task QueueMovedAsync(int position, long? expectedWaitSeconds)
    {
        if (MentorRequestStatus.IsWaiting(State.Status) && (State.Position != position || State.ExpectedWaitSeconds != expectedWaitSeconds))
        {
            (State.Position, State.ExpectedWaitSeconds) = (position, expectedWaitSeconds);
            await PublishAsync(MentorRequestEventTypes.Queue);
        }
    }

    public async Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq) => State.Exists
        ? Result<IReadOnlyList<LiveEvent>>.Ok(await events.ReadAfterAsync(StreamNames.MentorRequest(Id), afterSeq, State.LastSeq))
        : NotFound();
}
