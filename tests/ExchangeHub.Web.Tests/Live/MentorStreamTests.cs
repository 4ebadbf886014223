using System.Net.Http.Json;
using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using static ExchangeHub.Web.Tests.Support.MentorDesk;

namespace ExchangeHub.Web.Tests.Live;

public sealed class MentorStreamTests(HubServer server)
{
    [Fact]
    public async Task Open_MatchingMentorOnDuty_IsToldOnTheirStreamAndTheDeskWhileOffDutyAndOtherExpertiseAreNot()
    {
        var matching = await MentorAsync(server, "一致 メンター", ["energy"]);
        var offDuty = await MentorAsync(server, "非番 メンター", ["energy"], onDuty: false);
        var elsewhere = await MentorAsync(server, "観光 メンター", ["tourism"]);
        await using var matchingLive = await LiveClient.ConnectAsync(server, matching.Cookies);
        await using var offDutyLive = await LiveClient.ConnectAsync(server, offDuty.Cookies);
        await using var elsewhereLive = await LiveClient.ConnectAsync(server, elsewhere.Cookies);
        await matchingLive.SubscribeAsync($"user:{matching.Id}", 0);
        await matchingLive.SubscribeAsync("mentor-desk", long.MaxValue / 2);
        await offDutyLive.SubscribeAsync($"user:{offDuty.Id}", 0);
        await elsewhereLive.SubscribeAsync($"user:{elsewhere.Id}", 0);
        var requester = await Person.SignUpAsync(server);

        var (_, request) = await requester.LabWithRequestAsync(["energy"]);

        var told = await matchingLive.WaitForAsync(e => e.Type == "notification" && e.Data.GetProperty("url").GetString() == $"/mentor-requests/{request.Id()}");
        var onDesk = await matchingLive.WaitForAsync(e => e.Stream == "mentor-desk" && e.Type == "mentorrequest.opened" && e.Data.GetProperty("requestId").GetString() == request.Id());
        Assert.Equal("mentor-request", told.Data.GetProperty("notification").GetProperty("kind").GetString());
        Assert.Equal("offered", onDesk.Data.GetProperty("status").GetString());
        await Task.Delay(500);
        // Other tests' waiting requests may reach these mentors when they come on duty; this request must not.
        var url = $"/mentor-requests/{request.Id()}";
        Assert.DoesNotContain(offDutyLive.Pushed, e => e.Type == "notification" && e.Data.GetProperty("url").GetString() == url);
        Assert.DoesNotContain(elsewhereLive.Pushed, e => e.Type == "notification" && e.Data.GetProperty("url").GetString() == url);
    }

    [Fact]
    public async Task Claim_AndFirstAnswer_RequesterSeesBothLive()
    {
        var requester = await Person.SignUpAsync(server, "佐藤 花子");
        var mentor = await MentorAsync(server, "高橋 メンター", ["manufacturing"]);
        var (_, request) = await requester.LabWithRequestAsync(["manufacturing"]);
        await using var live = await LiveClient.ConnectAsync(server, requester.Cookies);
        var history = await live.SubscribeAsync($"mentor-request:{request.Id()}", 0);
        await live.SubscribeAsync($"thread:{request.Text("threadId")}", 1);

        (await mentor.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null)).EnsureSuccessStatusCode();
        var claimed = await live.WaitForAsync(e => e.Type == "mentorrequest.claimed");
        await mentor.PostAsync(request.Text("threadId"), "工場のIoT化はまず電力の見える化から始めましょう。");
        var post = await live.WaitForAsync(e => e.Type == "post.created");
        var answered = await live.WaitForAsync(e => e.Type == "mentorrequest.answered");

        Assert.Equal(["mentorrequest.opened", "mentorrequest.offered"], history.Select(e => e.Type));
        Assert.Equal("高橋 メンター", claimed.Data.GetProperty("mentorName").GetString());
        Assert.Contains("電力の見える化", post.Data.GetProperty("html").GetString());
        Assert.Equal("answered", answered.Data.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Subscribe_DeskAsNonMentorOrRequestAsOutsider_IsRefused()
    {
        var person = await Person.SignUpAsync(server);
        var requester = await Person.SignUpAsync(server);
        var (_, request) = await requester.LabWithRequestAsync(["agriculture"]);
        await using var live = await LiveClient.ConnectAsync(server, person.Cookies);

        await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync("mentor-desk", 0));
        await Assert.ThrowsAsync<HubException>(() => live.SubscribeAsync($"mentor-request:{request.Id()}", 0));
    }

    [Fact]
    public async Task Subscribe_DeskAfterBecomingMentor_CatchesUpWithoutSigningInAgain()
    {
        var person = await Person.SignUpAsync(server);
        await using var live = await LiveClient.ConnectAsync(server, person.Cookies);
        await (await Person.SignUpAsync(server)).LabWithRequestAsync(["data-platform"]);
        await person.BecomeMentorAsync(["data-platform"]);
        var lastSeq = (await person.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/mentor-desk")).GetProperty("lastSeq").GetInt64();

        var missed = await live.SubscribeAsync("mentor-desk", lastSeq - 1);

        Assert.Equal(lastSeq, missed[0].Seq);
    }
}
