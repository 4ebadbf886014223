using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Notifications;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Mentors;

// A reminder watches the request's one deadline: the claim timeout while claimed, the request's lifetime while waiting.
// Reminders outlive activations and restarts; their period cannot be under a minute, so a deadline is kept to within one.
public sealed partial class MentorRequestGrain
{
    private const string DeadlineReminder = "deadline";
    private const int LapsedMemory = 20;

    private static readonly TimeSpan _reminderPeriod = TimeSpan.FromMinutes(1);

    private DateTimeOffset? Deadline => State.Status switch
    {
        MentorRequestStatus.Claimed when State.ClaimedAt is { } claimedAt => claimedAt + options.Value.ClaimTimeout,
        MentorRequestStatus.Open or MentorRequestStatus.Offered => State.OpenedAt + options.Value.RequestLifetime,
        _ => null,
    };

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeadlineReminder)
        {
            return;
        }

        if (Deadline is not { } due)
        {
            await ScheduleDeadlineAsync();
        }
        else if (clock.GetUtcNow() >= due)
        {
            await (State.Status == MentorRequestStatus.Claimed ? RequeueAsync() : ExpireAsync());
        }
    }

    private async Task ScheduleDeadlineAsync()
    {
        if (Deadline is { } due)
        {
            var wait = due - clock.GetUtcNow();
            await this.RegisterOrUpdateReminder(DeadlineReminder, wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1), _reminderPeriod);
        }
        else if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>The claiming mentor let the claim lapse: the request goes back to the queue and the next mentors hear of it.</summary>
    private async Task RequeueAsync()
    {
        if (State.MentorId is not { } lapsedId)
        {
            return;
        }

        var lapsedName = State.MentorName;
        State.LapsedMentorIds.Remove(lapsedId);
        State.LapsedMentorIds.Add(lapsedId);
        Trim(State.LapsedMentorIds, LapsedMemory);
        State.Status = MentorRequestStatus.Open;
        (State.MentorId, State.MentorName, State.ClaimedAt) = (null, null, null);
        Note(MentorRequestEventTypes.Requeued, lapsedName);
        await GrainFactory.GetGrain<IMentorGrain>(lapsedId).ReleaseAsync(Id);
        await GrainFactory.GetGrain<IMentorRequestIndexGrain>(IMentorRequestIndexGrain.OfMentor(lapsedId)).RemoveAsync(Id);
        _ = GrainFactory.GetGrain<INotificationInboxGrain>(lapsedId).AddAsync(new NewNotification(
            NotificationKinds.MentorClaimLapsed, State.ThreadId, State.Title, 0, State.LabName, State.Excerpt, Entry().Url));

        // The thread is no longer theirs to read: end their live view of it at once.
        var subscriptions = await GrainFactory.GetGrain<IUserSubscriptionsGrain>(lapsedId).TakeSpaceAsync(Spaces.MentorRequest(Id));
        await Task.WhenAll(subscriptions.Select(feed.RevokeAsync));

        var routing = await GrainFactory.GetGrain<IMentorDeskGrain>(0).EnqueueAsync(Entry(), State.LapsedMentorIds, MentorRequestEventTypes.Requeued);
        await ApplyRoutingAsync(routing, MentorRequestEventTypes.Requeued);
        await ScheduleDeadlineAsync();
    }

    private async Task ExpireAsync() => await CloseAsync(MentorRequestStatus.Expired, MentorRequestEventTypes.Expired, null);
}
