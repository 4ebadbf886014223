using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Tests.Support;
using static ExchangeHub.Core.Tests.Features.Mentors.MentorDeskSamples;

namespace ExchangeHub.Core.Tests.Features.Mentors;

public sealed class MentorDeskGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task RouteAsync_MatchingMentorOnDuty_IsToldWhileOffDutyAndOtherExpertiseAreNot()
    {
        var matching = await MentorAsync(Grains, ["manufacturing", "energy"]);
        var offDuty = await MentorAsync(Grains, ["manufacturing"], onDuty: false);
        var elsewhere = await MentorAsync(Grains, ["tourism"]);

        var request = await OpenAsync(Grains, ["manufacturing"]);
        var id = request.GetPrimaryKeyString();

        Assert.True(await IsToldAsync(Grains, matching.UserId, id, expected: true));
        Assert.False(await IsToldAsync(Grains, offDuty.UserId, id, expected: false));
        Assert.False(await IsToldAsync(Grains, elsewhere.UserId, id, expected: false));
    }

    [Fact]
    public async Task RouteAsync_NoMentorOnDutyForTheTheme_StaysOpenAndOperatorsSeeIt()
    {
        // No other test makes a mentor for fisheries, so nobody on duty covers it.
        await MentorAsync(Grains, ["fisheries"], onDuty: false);

        var request = await OpenAsync(Grains, ["fisheries"]);
        var view = await request.ViewAsync();

        Assert.Equal((MentorRequestStatus.Open, 0), (view.Status, view.MentorsTold));
        Assert.Equal(["fisheries"], view.UnservedThemes);
        Assert.Contains(await Grains.GetGrain<IMentorDeskGrain>(0).ListUnservedAsync(), e => e.RequestId == view.Id);
    }

    [Fact]
    public async Task SaveAsync_MentorComesOnDuty_IsToldOfWaitingRequestsOfTheirExpertiseOnce()
    {
        // No other test asks about disaster prevention, so the request waits unserved until this mentor comes on duty.
        var request = await OpenAsync(Grains, ["disaster-prevention"]);
        var id = request.GetPrimaryKeyString();
        var mentor = await MentorAsync(Grains, ["disaster-prevention"], onDuty: false);
        Assert.False(await IsToldAsync(Grains, mentor.UserId, id, expected: false));

        var fields = new MentorProfileFields(["disaster-prevention"], "防災の支援", true, ["ja"], 3);
        await Grains.GetGrain<IMentorGrain>(mentor.UserId).SaveAsync(mentor.DisplayName, fields, "<p>防災の支援</p>");
        Assert.True(await IsToldAsync(Grains, mentor.UserId, id, expected: true));

        await Grains.GetGrain<IMentorGrain>(mentor.UserId).SaveAsync(mentor.DisplayName, fields with { Bio = "防災と減災" }, "<p>防災と減災</p>");
        var desk = await Grains.GetGrain<IMentorDeskGrain>(0).GetAsync();
        Assert.Contains(desk.Items, e => e.RequestId == id);
        Assert.Single(await InboxAsync(Grains, mentor.UserId), n => n.Url.EndsWith(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAsync_UrgentRequestOpenedLater_IsServedFirst()
    {
        var normal = await OpenAsync(Grains, ["data-platform"]);
        var urgent = await OpenAsync(Grains, ["data-platform"], MentorUrgency.High);

        var queue = (await Grains.GetGrain<IMentorDeskGrain>(0).GetAsync()).Items.Select(e => e.RequestId).ToList();

        Assert.True(queue.IndexOf(urgent.GetPrimaryKeyString()) < queue.IndexOf(normal.GetPrimaryKeyString()));
        Assert.True((await urgent.ViewAsync()).Position < (await Eventually(normal, v => v.Position is not null)).Position);
    }

    [Fact]
    public async Task ClaimAsync_WaitingRequest_LeavesTheQueueWithAClaimedEventOnTheDesk()
    {
        var mentor = await MentorAsync(Grains, ["healthcare"]);
        var request = await OpenAsync(Grains, ["healthcare"]);
        var id = request.GetPrimaryKeyString();
        var desk = Grains.GetGrain<IMentorDeskGrain>(0);
        var before = (await desk.GetAsync()).LastSeq;

        await request.ClaimAsync(mentor);

        var events = await desk.GetEventsAfterAsync(before);
        Assert.Contains(events, e => e.Type == MentorRequestEventTypes.Claimed && e.DataJson.Contains(id, StringComparison.Ordinal));
        Assert.DoesNotContain((await desk.GetAsync()).Items, e => e.RequestId == id);
    }

    [Fact]
    public void BestMatchFirst_MentorsExpertise_PutsMatchingRequestsBeforeOlderOnes()
    {
        DeskEntry Entry(string id, string theme, int position) =>
            new(id, "lab", "ラボ", "題", "本文", [theme], MentorUrgency.Normal, DateTimeOffset.UnixEpoch, MentorRequestStatus.Offered, Position: position);
        var queue = new[] { Entry("a", "tourism", 1), Entry("b", "agriculture", 2), Entry("c", "tourism", 3) };

        var ordered = MentorMatching.BestMatchFirst(queue, ["agriculture"]);

        Assert.Equal(["b", "a", "c"], ordered.Select(e => e.RequestId));
    }

    [Fact]
    public async Task SaveAsync_NewMentor_IsListedInTheDirectory()
    {
        var mentor = await MentorAsync(Grains, ["agriculture"], capacity: 2);

        var listed = await Grains.GetGrain<IMentorDirectoryGrain>(0).ListAsync();

        var summary = Assert.Single(listed, m => m.UserId == mentor.UserId);
        Assert.Equal((true, 2, 0), (summary.OnDuty, summary.Capacity, summary.ActiveCount));
    }

    private static async Task<MentorRequestView> Eventually(IMentorRequestGrain request, Func<MentorRequestView, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var view = await request.ViewAsync();
        while (!condition(view) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            view = await request.ViewAsync();
        }

        return view;
    }
}
