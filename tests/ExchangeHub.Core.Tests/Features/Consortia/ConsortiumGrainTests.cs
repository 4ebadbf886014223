using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Tests.Support;

namespace ExchangeHub.Core.Tests.Features.Consortia;

public sealed class ConsortiumGrainTests(ClusterFixture fixture)
{
    private async Task<IConsortiumGrain> FormAsync()
    {
        var consortium = fixture.Grains.GetGrain<IConsortiumGrain>(Ids.New());
        await consortium.CreateAsync(new NewConsortium("連携", "共同申請", "lead", "幹事ラボ", null, Ids.New()));
        return consortium;
    }

    [Fact]
    public async Task RespondAsync_InvitedLabAccepts_Joins()
    {
        var consortium = await FormAsync();
        await consortium.InviteAsync("partner", "相手ラボ");

        var joined = (await consortium.RespondAsync("partner", accept: true)).ValueOrThrow();

        Assert.Equal(MemberStates.Joined, joined.StateOf("partner"));
        Assert.Equal(["lead", "partner"], joined.JoinedLabIds.Order());
    }

    [Fact]
    public async Task RespondAsync_NotInvited_NotFound()
    {
        var consortium = await FormAsync();

        var answer = await consortium.RespondAsync("stranger", accept: true);

        Assert.Equal(ProblemKind.NotFound, answer.Problem?.Kind);
    }

    [Fact]
    public async Task InviteAsync_AlreadyInvitedOrJoined_Conflicts_ButDeclinedMayBeAskedAgain()
    {
        var consortium = await FormAsync();
        await consortium.InviteAsync("partner", "相手ラボ");

        var twice = await consortium.InviteAsync("partner", "相手ラボ");
        var lead = await consortium.InviteAsync("lead", "幹事ラボ");
        await consortium.RespondAsync("partner", accept: false);
        var again = await consortium.InviteAsync("partner", "相手ラボ");

        Assert.Equal((ProblemKind.Conflict, ProblemKind.Conflict), (twice.Problem?.Kind, lead.Problem?.Kind));
        Assert.Equal(MemberStates.Invited, again.ValueOrThrow().StateOf("partner"));
    }

    [Fact]
    public async Task SetStatusAsync_FollowsTheStateMachine()
    {
        var consortium = await FormAsync();

        var skip = await consortium.SetStatusAsync(ConsortiumStatus.Submitted, byOperator: false);
        await consortium.SetStatusAsync(ConsortiumStatus.Drafting, byOperator: false);
        await consortium.SetStatusAsync(ConsortiumStatus.Submitted, byOperator: false);
        var byLead = await consortium.SetStatusAsync(ConsortiumStatus.Selected, byOperator: false);
        var byOperator = await consortium.SetStatusAsync(ConsortiumStatus.Selected, byOperator: true);
        var invite = await consortium.InviteAsync("late", "遅れたラボ");

        Assert.Equal((ProblemKind.Conflict, ProblemKind.Conflict), (skip.Problem?.Kind, byLead.Problem?.Kind));
        Assert.Equal(ConsortiumStatus.Selected, byOperator.ValueOrThrow().Status);
        Assert.Equal(ProblemKind.Conflict, invite.Problem?.Kind);
    }

    [Fact]
    public async Task LeaveAndHandOver_LeadMustHandOverFirst()
    {
        var consortium = await FormAsync();
        await consortium.InviteAsync("partner", "相手ラボ");
        await consortium.RespondAsync("partner", accept: true);

        var leadLeaves = await consortium.LeaveAsync("lead");
        var toOutsider = await consortium.HandOverAsync("outsider");
        await consortium.HandOverAsync("partner");
        var left = (await consortium.LeaveAsync("lead")).ValueOrThrow();

        Assert.Equal((ProblemKind.Conflict, ProblemKind.Invalid), (leadLeaves.Problem?.Kind, toOutsider.Problem?.Kind));
        Assert.Equal(("partner", MemberStates.Left), (left.LeadLabId, left.StateOf("lead")));
    }

    [Fact]
    public async Task Changes_AreNumberedOnTheConsortiumStream()
    {
        var consortium = await FormAsync();
        await consortium.InviteAsync("partner", "相手ラボ");
        await consortium.RespondAsync("partner", accept: true);

        var events = (await consortium.GetEventsAfterAsync(0)).ValueOrThrow();

        Assert.Equal([ConsortiumEventTypes.Created, ConsortiumEventTypes.Invited, ConsortiumEventTypes.Joined], events.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Seq));
    }
}
