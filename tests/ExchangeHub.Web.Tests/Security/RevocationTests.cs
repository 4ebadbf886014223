using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace ExchangeHub.Web.Tests.Security;

/// <summary>Losing access to a space ends the live view of every stream inside it at once, not at the next subscribe.</summary>
public sealed class RevocationTests(HubServer server)
{
    [Fact]
    public async Task RemoveLabMember_WatchingTheLabsMentorRequest_StopsHearingItsThreadAndStream()
    {
        var admin = await Person.SignUpAsync(server);
        var member = await Person.SignUpAsync(server);
        var mentor = await MentorDesk.MentorAsync(server, "メンター", ["agriculture"]);
        var labId = (await admin.CreateLabAsync()).Id();
        await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/members", new { email = member.Email, role = "member" });
        var request = await member.OpenRequestAsync(labId, ["agriculture"]);
        var streams = new[] { $"thread:{request.Text("threadId")}", $"mentor-request:{request.Id()}" };
        await using var watching = await WatchAsync(member, streams);
        await using var control = await WatchAsync(admin, streams);
        await admin.PostAsync(request.Text("threadId"), "まだ見える");
        await watching.WaitForAsync(e => e.Stream == streams[0] && e.Type == "post.created");

        var removed = await admin.Client.DeleteAsync($"/api/labs/{labId}/members/{member.Id}");
        var before = watching.Pushed.Count;
        await admin.PostAsync(request.Text("threadId"), "もう見えない");
        (await mentor.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null)).EnsureSuccessStatusCode();
        await control.WaitForAsync(e => e.Stream == streams[0] && e.Data.ToString().Contains("もう見えない", StringComparison.Ordinal));
        await control.WaitForAsync(e => e.Stream == streams[1] && e.Type == "mentorrequest.claimed");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(before, watching.Pushed.Count);
        await Assert.ThrowsAsync<HubException>(() => watching.SubscribeAsync(streams[0], 0));
        await Assert.ThrowsAsync<HubException>(() => watching.SubscribeAsync(streams[1], 0));
    }

    [Fact]
    public async Task RemoveLabMember_WatchingTheLabsConsortium_StopsHearingItsStreamThreadAndApplication()
    {
        var admin = await Person.SignUpAsync(server);
        var member = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();
        await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/members", new { email = member.Email, role = "member" });
        var consortium = await admin.FormConsortiumAsync(labId);
        var streams = new[] { $"consortium:{consortium.Id()}", $"thread:{consortium.Text("threadId")}", $"application:consortium:{consortium.Id()}" };
        await using var watching = await WatchAsync(member, streams);
        await using var control = await WatchAsync(admin, streams);

        var removed = await admin.Client.DeleteAsync($"/api/labs/{labId}/members/{member.Id}");
        await ChangeConsortiumAsync(admin, consortium.Id(), consortium.Text("threadId"), labId, control, streams);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(watching.Pushed);
        foreach (var stream in streams)
        {
            await Assert.ThrowsAsync<HubException>(() => watching.SubscribeAsync(stream, 0));
        }
    }

    [Fact]
    public async Task LeaveConsortium_MembersOfTheLeavingLab_StopHearingItsStreamThreadAndApplication()
    {
        var lead = await Person.SignUpAsync(server);
        var partner = await Person.SignUpAsync(server);
        var partnerMember = await Person.SignUpAsync(server);
        var leadLab = (await lead.CreateLabAsync("仙北市ラボ")).Id();
        var partnerLab = (await partner.CreateLabAsync("遠野市ラボ")).Id();
        await partner.Client.PostAsJsonAsync($"/api/labs/{partnerLab}/members", new { email = partnerMember.Email, role = "member" });
        var consortium = await lead.FormConsortiumAsync(leadLab);
        await lead.Client.PostAsJsonAsync($"/api/consortia/{consortium.Id()}/invitations", new { labId = partnerLab });
        (await partner.Client.PostAsync($"/api/consortia/{consortium.Id()}/invitations/{partnerLab}/accept", null)).EnsureSuccessStatusCode();
        var streams = new[] { $"consortium:{consortium.Id()}", $"thread:{consortium.Text("threadId")}", $"application:consortium:{consortium.Id()}" };
        await using var watching = await WatchAsync(partnerMember, streams);
        await using var control = await WatchAsync(lead, streams);

        var left = await partner.Client.PostAsync($"/api/consortia/{consortium.Id()}/members/{partnerLab}/leave", null);
        await ChangeConsortiumAsync(lead, consortium.Id(), consortium.Text("threadId"), leadLab, control, streams);

        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        // The news of their own lab leaving may reach them; nothing after it does.
        Assert.All(watching.Pushed, e => Assert.Equal("consortium.left", e.Type));
        foreach (var stream in streams)
        {
            await Assert.ThrowsAsync<HubException>(() => watching.SubscribeAsync(stream, 0));
        }
    }

    private async Task<LiveClient> WatchAsync(Person person, IEnumerable<string> streams)
    {
        var live = await LiveClient.ConnectAsync(server, person.Cookies);
        foreach (var stream in streams)
        {
            // Past events come back in the answer; only new ones are pushed.
            await live.SubscribeAsync(stream, 0);
        }

        return live;
    }

    // One new event on each of the consortium's streams, awaited on the control connection.
    private static async Task ChangeConsortiumAsync(Person lead, string consortiumId, string threadId, string leadLab, LiveClient control, string[] streams)
    {
        (await lead.Client.PutAsJsonAsync($"/api/consortia/{consortiumId}", new { name = "新しい名前の連携", purpose = "目的", leadLabId = leadLab }))
            .EnsureSuccessStatusCode();
        await lead.PostAsync(threadId, "後からの投稿");
        (await lead.Client.PutAsJsonAsync($"/api/consortia/{consortiumId}/application/vision", new { baseVersion = 0, markdown = "後からの構想" }))
            .EnsureSuccessStatusCode();
        foreach (var stream in streams)
        {
            await control.WaitForAsync(e => e.Stream == stream);
        }
    }
}
