using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Partners;

namespace ExchangeHub.Core.Features.Consortia;

public sealed class ConsortiumGrain([PersistentState("consortium")] IPersistentState<ConsortiumState> consortium, EventLog events, TimeProvider clock)
    : Grain, IConsortiumGrain, IRemindable
{
    private const string DeadlineReminder = "deadline";

    private string Id => this.GetPrimaryKeyString();

    public async Task<Result<ConsortiumView>> CreateAsync(NewConsortium created)
    {
        if (consortium.State.Exists)
        {
            return Problem.Conflict(Say.Text("このコンソーシアムは既にあります。", "This consortium already exists."));
        }

        var now = clock.GetUtcNow();
        consortium.State.Name = created.Name;
        consortium.State.Purpose = created.Purpose;
        consortium.State.LeadLabId = created.LeadLabId;
        consortium.State.Deadline = created.Deadline;
        consortium.State.ThreadId = created.ThreadId;
        consortium.State.CreatedAt = now;
        consortium.State.Members = [new ConsortiumMember(created.LeadLabId, created.LeadLabName, MemberStates.Joined, now)];
        await PublishAsync(ConsortiumEventTypes.Created, new { name = created.Name, leadLabId = created.LeadLabId });
        await ScheduleDeadlineAsync();
        return View();
    }

    public Task<ConsortiumView?> GetAsync() => Task.FromResult(consortium.State.Exists ? View() : null);

    public async Task<Result<ConsortiumView>> UpdateAsync(string name, string purpose, DateTimeOffset? deadline)
    {
        if (!consortium.State.Exists)
        {
            return NotFound();
        }

        if (deadline != consortium.State.Deadline)
        {
            consortium.State.DeadlineNoticesSent.Clear();
        }

        (consortium.State.Name, consortium.State.Purpose, consortium.State.Deadline) = (name, purpose, deadline);
        await PublishAsync(ConsortiumEventTypes.Updated, new { name, purpose, deadline });
        await ScheduleDeadlineAsync();
        return View();
    }

    public async Task<Result<ConsortiumView>> InviteAsync(string labId, string labName)
    {
        var state = Member(labId)?.State;
        Problem? refused = !consortium.State.Exists ? NotFound()
            : ConsortiumStatus.IsOutcome(consortium.State.Status) || consortium.State.Status == ConsortiumStatus.Submitted
                ? Problem.Conflict(Say.Text("提出後は招待できません。", "A submitted consortium cannot invite labs."))
            : state is MemberStates.Joined or MemberStates.Invited
                ? Problem.Conflict(Say.Text("このラボは既に参加しているか、招待中です。", "This lab has already joined or been invited."))
            : null;
        if (refused is not null)
        {
            return refused;
        }

        SetMember(labId, labName, MemberStates.Invited);
        await PublishAsync(ConsortiumEventTypes.Invited, new { labId, labName });
        ConsortiumNotices.Invited(GrainFactory, View(), labId);
        return View();
    }

    public async Task<Result<ConsortiumView>> RespondAsync(string labId, bool accept)
    {
        if (!consortium.State.Exists || Member(labId) is not { State: MemberStates.Invited } member)
        {
            return Problem.NotFound("招待", "The invitation");
        }

        SetMember(labId, member.LabName, accept ? MemberStates.Joined : MemberStates.Declined);
        await PublishAsync(accept ? ConsortiumEventTypes.Joined : ConsortiumEventTypes.Declined, new { labId, labName = member.LabName });
        ConsortiumNotices.ToLead(GrainFactory, View(), member.LabName, accept);
        return View();
    }

    public async Task<Result<ConsortiumView>> LeaveAsync(string labId)
    {
        if (!consortium.State.Exists || Member(labId) is not { State: MemberStates.Joined } member)
        {
            return Problem.NotFound("参加ラボ", "The member lab");
        }

        if (labId == consortium.State.LeadLabId)
        {
            return Problem.Conflict(Say.Text("幹事ラボは、先に幹事を引き継いでから退出してください。", "The lead lab must hand over the lead before leaving."));
        }

        SetMember(labId, member.LabName, MemberStates.Left);
        await PublishAsync(ConsortiumEventTypes.Left, new { labId, labName = member.LabName });
        return View();
    }

    public async Task<Result<ConsortiumView>> HandOverAsync(string labId)
    {
        if (!consortium.State.Exists || Member(labId) is not { State: MemberStates.Joined } member)
        {
            return Problem.Invalid("labId", Say.Text("幹事は参加中のラボにだけ引き継げます。", "The lead can pass only to a lab that has joined."));
        }

        consortium.State.LeadLabId = labId;
        await PublishAsync(ConsortiumEventTypes.LeadChanged, new { leadLabId = labId, labName = member.LabName });
        return View();
    }

    public async Task<Result<ConsortiumView>> SetStatusAsync(string status, bool byOperator)
    {
        if (!consortium.State.Exists)
        {
            return NotFound();
        }

        var from = consortium.State.Status;
        var allowed = ConsortiumStatus.IsOutcome(status)
            ? byOperator && from == ConsortiumStatus.Submitted
            : ConsortiumStatus.LeadMay(from, status);
        if (!allowed)
        {
            return Problem.Conflict(Say.Text($"状態を {from} から {status} には変えられません。", $"The status cannot go from {from} to {status}."));
        }

        consortium.State.Status = status;
        await PublishAsync(ConsortiumEventTypes.StatusChanged, new { status });
        ConsortiumNotices.StatusChanged(GrainFactory, View());
        return View();
    }

    public async Task CheckDeadlineAsync()
    {
        if (consortium.State.Deadline is not { } deadline || ConsortiumStatus.IsOutcome(consortium.State.Status))
        {
            return;
        }

        var left = deadline - clock.GetUtcNow();
        var due = DeadlineMarks.Due(left, consortium.State.DeadlineNoticesSent);
        if (due is { } mark)
        {
            consortium.State.DeadlineNoticesSent.AddRange(DeadlineMarks.All.Where(m => m >= mark));
            await PublishAsync(ConsortiumEventTypes.DeadlineNear, new { daysLeft = mark, deadline });
            ConsortiumNotices.Deadline(GrainFactory, View(), mark);
        }

        if (left <= TimeSpan.Zero && await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status) => await CheckDeadlineAsync();

    public async Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq) => consortium.State.Exists
        ? Result<IReadOnlyList<LiveEvent>>.Ok(await events.ReadAfterAsync(StreamNames.Consortium(Id), afterSeq, consortium.State.LastSeq))
        : NotFound();

    private async Task ScheduleDeadlineAsync()
    {
        if (consortium.State.Deadline is not null)
        {
            await this.RegisterOrUpdateReminder(DeadlineReminder, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
        }
    }

    private async Task PublishAsync<T>(string type, T data)
    {
        var liveEvent = LiveEvent.Create(StreamNames.Consortium(Id), ++consortium.State.LastSeq, type, clock.GetUtcNow(), data);
        // The event is stored before the state that counts it, so a crash between the two never leaves a gap.
        await events.AppendAsync(liveEvent);
        await consortium.WriteStateAsync();
        await events.PublishAsync(liveEvent);
        var view = View();
        var leadName = Member(view.LeadLabId)?.LabName ?? "";
        // Every lab's card moves on with each event: it carries the stream's seq, which the consortium list subscribes from.
        await Task.WhenAll(AllLabIds().Select(labId => GrainFactory.GetGrain<ILabConsortiaGrain>(labId).PutAsync(
            new ConsortiumRef(Id, view.Name, view.Purpose, view.StateOf(labId) ?? "", view.Status, labId == view.LeadLabId, leadName, view.LastSeq))));
        await GrainFactory.GetGrain<IConsortiumTiesGrain>(0).PutAsync(Id, [.. view.JoinedLabIds]);
    }

    private ConsortiumMember? Member(string labId) => consortium.State.Members.Find(m => m.LabId == labId);

    private void SetMember(string labId, string labName, string state)
    {
        consortium.State.Members.RemoveAll(m => m.LabId == labId);
        consortium.State.Members.Add(new ConsortiumMember(labId, labName, state, clock.GetUtcNow()));
    }

    private List<string> AllLabIds() => consortium.State.Members.Select(m => m.LabId).ToList();

    private static Problem NotFound() => Problem.NotFound("コンソーシアム", "The consortium");

    private ConsortiumView View() => new(Id, consortium.State.Name, consortium.State.Purpose, consortium.State.LeadLabId,
        consortium.State.Deadline, consortium.State.Status, consortium.State.Members, consortium.State.ThreadId,
        consortium.State.LastSeq, consortium.State.CreatedAt);
}
