using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Threads;
using ExchangeHub.Core.Tests.Support;
using static ExchangeHub.Core.Tests.Features.Mentors.MentorDeskSamples;

namespace ExchangeHub.Core.Tests.Features.Mentors;

/// <summary>The request's states and its deadlines. These tests move the desk's clock, so they live in one class and run in turn.</summary>
public sealed class MentorRequestGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Lifecycle_OpenClaimAnswerResolve_WalksTheStatesInOrder()
    {
        var mentor = await MentorAsync(Grains, ["agriculture"]);
        var request = await OpenAsync(Grains, ["agriculture"]);
        var offered = await request.ViewAsync();

        var claimed = (await request.ClaimAsync(mentor)).ValueOrThrow();
        await request.NoteAnswerAsync(offered.RequesterId);
        var afterRequesterPost = await request.ViewAsync();
        await request.NoteAnswerAsync(mentor.UserId);
        var answered = await request.ViewAsync();
        var resolved = (await request.ResolveAsync(new Viewer(offered.RequesterId, "佐藤 花子"), 5, "助かりました")).ValueOrThrow();

        Assert.Equal(MentorRequestStatus.Offered, offered.Status);
        Assert.Equal((MentorRequestStatus.Claimed, mentor.UserId), (claimed.Status, claimed.MentorId));
        Assert.Equal(MentorRequestStatus.Claimed, afterRequesterPost.Status);
        Assert.Equal(MentorRequestStatus.Answered, answered.Status);
        Assert.Equal((MentorRequestStatus.Resolved, 5, "助かりました"), (resolved.Status, resolved.Rating, resolved.Comment));
        Assert.Equal(["opened", "offered", "claimed", "answered", "resolved"], resolved.Timeline.Select(t => t.Kind));
    }

    [Fact]
    public async Task ClaimAsync_ManyMentorsAtOnce_ExactlyOneWinsAndTheOthersConflict()
    {
        var mentors = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => MentorAsync(Grains, ["logistics"])));
        var request = await OpenAsync(Grains, ["logistics"]);

        var claims = await Task.WhenAll(mentors.Select(m => request.ClaimAsync(m)));

        var winner = Assert.Single(claims, c => c.IsSuccess);
        Assert.All(claims.Where(c => !c.IsSuccess), c => Assert.Equal(ProblemKind.Conflict, c.Problem?.Kind));
        Assert.Equal(winner.ValueOrThrow().MentorId, (await request.ViewAsync()).MentorId);
        var holders = await Task.WhenAll(mentors.Select(m => Grains.GetGrain<IMentorGrain>(m.UserId).GetAsync()));
        Assert.Single(holders, h => h?.ActiveRequestIds.Count == 1);
    }

    [Fact]
    public async Task ClaimAsync_MentorAtCapacity_Conflicts()
    {
        var mentor = await MentorAsync(Grains, ["tourism"], capacity: 1);
        var first = await OpenAsync(Grains, ["tourism"]);
        var second = await OpenAsync(Grains, ["tourism"]);

        await first.ClaimAsync(mentor);
        var refused = await second.ClaimAsync(mentor);

        Assert.Equal(ProblemKind.Conflict, refused.Problem?.Kind);
        Assert.True(MentorRequestStatus.IsWaiting((await second.ViewAsync()).Status));
    }

    [Fact]
    public async Task ReceiveReminder_ClaimPastTimeout_RequeuesAndTellsTheNextMentorButNotTheLapsedOne()
    {
        var lapsing = await MentorAsync(Grains, ["education"]);
        var request = await OpenAsync(Grains, ["education"]);
        await request.ClaimAsync(lapsing);
        var next = await MentorAsync(Grains, ["education"]);

        ClusterFixture.MentorClock.Advance(TimeSpan.FromMinutes(31));
        await request.TickAsync();

        var view = await request.ViewAsync();
        Assert.Equal(MentorRequestStatus.Offered, view.Status);
        Assert.Null(view.MentorId);
        Assert.Equal("requeued", view.Timeline[^2].Kind);
        Assert.True(await IsToldAsync(Grains, next.UserId, view.Id, expected: true));
        Assert.Empty((await Grains.GetGrain<IMentorGrain>(lapsing.UserId).GetAsync())?.ActiveRequestIds ?? ["?"]);
        var lapsedNotices = await InboxAsync(Grains, lapsing.UserId);
        Assert.Single(lapsedNotices, n => n.Kind == Core.Features.Notifications.NotificationKinds.MentorRequest && n.Url.EndsWith(view.Id, StringComparison.Ordinal));
        Assert.Contains(ClusterFixture.Feed.Published, e => e.Stream == $"mentor-request:{view.Id}" && e.Type == MentorRequestEventTypes.Requeued);
    }

    [Fact]
    public async Task ReceiveReminder_BeforeTimeout_KeepsTheClaim()
    {
        var mentor = await MentorAsync(Grains, ["energy"]);
        var request = await OpenAsync(Grains, ["energy"]);
        await request.ClaimAsync(mentor);

        ClusterFixture.MentorClock.Advance(TimeSpan.FromMinutes(29));
        await request.TickAsync();

        var view = await request.ViewAsync();
        Assert.Equal((MentorRequestStatus.Claimed, mentor.UserId), (view.Status, view.MentorId));
    }

    [Fact]
    public async Task ReceiveReminder_AnsweredBeforeTimeout_StaysAnswered()
    {
        var mentor = await MentorAsync(Grains, ["retail"]);
        var request = await OpenAsync(Grains, ["retail"]);
        await request.ClaimAsync(mentor);
        await request.NoteAnswerAsync(mentor.UserId);

        ClusterFixture.MentorClock.Advance(TimeSpan.FromHours(2));
        await request.TickAsync();

        Assert.Equal(MentorRequestStatus.Answered, (await request.ViewAsync()).Status);
    }

    [Fact]
    public async Task ReceiveReminder_WaitingPastLifetime_ExpiresAndLeavesTheDesk()
    {
        var request = await OpenAsync(Grains, ["childcare"]);
        var id = request.GetPrimaryKeyString();

        ClusterFixture.MentorClock.Advance(TimeSpan.FromDays(8));
        await request.TickAsync();

        Assert.Equal(MentorRequestStatus.Expired, (await request.ViewAsync()).Status);
        Assert.DoesNotContain((await Grains.GetGrain<IMentorDeskGrain>(0).GetAsync()).Items, e => e.RequestId == id);
    }

    [Fact]
    public async Task ResolveAsync_MentorRatesThemselves_ForbiddenAndNoMentorToRate_Invalid()
    {
        var mentor = await MentorAsync(Grains, ["ageing"]);
        var claimed = await OpenAsync(Grains, ["ageing"]);
        var unclaimed = await OpenAsync(Grains, ["ageing"]);
        await claimed.ClaimAsync(mentor);

        var selfRated = await claimed.ResolveAsync(mentor, 5, null);
        var nobodyToRate = await unclaimed.ResolveAsync(new Viewer("someone", "誰か"), 3, null);

        Assert.Equal(ProblemKind.Forbidden, selfRated.Problem?.Kind);
        Assert.Equal(ProblemKind.Invalid, nobodyToRate.Problem?.Kind);
    }

    [Fact]
    public async Task CancelAsync_Claimed_FreesTheMentorAndAfterAnswer_Conflicts()
    {
        var mentor = await MentorAsync(Grains, ["mobility"], capacity: 1);
        var cancelled = await OpenAsync(Grains, ["mobility"]);
        var answered = await OpenAsync(Grains, ["mobility"]);
        await cancelled.ClaimAsync(mentor);

        var cancel = await cancelled.CancelAsync(new Viewer("requester", "佐藤 花子"));
        await answered.ClaimAsync(mentor);
        await answered.NoteAnswerAsync(mentor.UserId);
        var tooLate = await answered.CancelAsync(new Viewer("requester", "佐藤 花子"));

        Assert.Equal(MentorRequestStatus.Cancelled, cancel.ValueOrThrow().Status);
        Assert.Equal(ProblemKind.Conflict, tooLate.Problem?.Kind);
    }

    [Fact]
    public async Task Statistics_ThreeAnswersAndTwoRatings_MedianFirstResponseAndAverageRating()
    {
        var mentor = await MentorAsync(Grains, ["government"]);
        foreach (var (minutes, rating) in new[] { (2, 4), (10, (int?)null), (4, 5) })
        {
            var request = await OpenAsync(Grains, ["government"]);
            await request.ClaimAsync(mentor);
            ClusterFixture.MentorClock.Advance(TimeSpan.FromMinutes(minutes));
            await request.NoteAnswerAsync(mentor.UserId);
            await request.ResolveAsync(new Viewer("requester", "佐藤 花子"), rating, null);
        }

        var stats = (await Grains.GetGrain<IMentorGrain>(mentor.UserId).GetAsync())?.Stats;

        Assert.Equal(3, stats?.AnsweredCount);
        Assert.Equal(4 * 60, stats?.MedianFirstResponseSeconds);
        Assert.Equal((4.5, 2), (stats?.AverageRating, stats?.RatingCount));
    }
}
