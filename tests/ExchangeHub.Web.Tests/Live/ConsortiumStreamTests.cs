using System.Net.Http.Json;
using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace ExchangeHub.Web.Tests.Live;

public sealed class ConsortiumStreamTests(HubServer server)
{
    [Fact]
    public async Task Accept_JoinReachesEveryMemberLive_OutsiderRefused()
    {
        var lead = await Person.SignUpAsync(server);
        var colleague = await Person.SignUpAsync(server);
        var partner = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var leadLab = (await lead.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        await lead.Client.PostAsJsonAsync($"/api/labs/{leadLab}/members", new { email = colleague.Email, role = "member" });
        var partnerLab = (await partner.CreateLabAsync("遠野市ラボ")).GetProperty("id").GetString() ?? "";
        var id = (await lead.FormConsortiumAsync(leadLab)).GetProperty("id").GetString() ?? "";
        await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = partnerLab });
        await using var leadLive = await LiveClient.ConnectAsync(server, lead.Cookies);
        await using var colleagueLive = await LiveClient.ConnectAsync(server, colleague.Cookies);
        await using var outsiderLive = await LiveClient.ConnectAsync(server, outsider.Cookies);
        await leadLive.SubscribeAsync($"consortium:{id}", 0);
        await colleagueLive.SubscribeAsync($"consortium:{id}", 0);

        await Assert.ThrowsAsync<HubException>(() => outsiderLive.SubscribeAsync($"consortium:{id}", 0));
        await Assert.ThrowsAsync<HubException>(() => outsiderLive.SubscribeAsync($"application:consortium:{id}", 0));
        await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);

        var seenByLead = await leadLive.WaitForAsync(e => e.Type == "consortium.joined");
        var seenByColleague = await colleagueLive.WaitForAsync(e => e.Type == "consortium.joined");
        Assert.Equal(partnerLab, seenByLead.Data.GetProperty("labId").GetString());
        Assert.Equal(seenByLead.Seq, seenByColleague.Seq);
        Assert.Empty(outsiderLive.Pushed);
    }

    [Fact]
    public async Task SaveSection_OtherMemberSeesItLive()
    {
        var lead = await Person.SignUpAsync(server, "幹事");
        var partner = await Person.SignUpAsync(server);
        var leadLab = (await lead.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        var partnerLab = (await partner.CreateLabAsync("遠野市ラボ")).GetProperty("id").GetString() ?? "";
        var id = (await lead.FormConsortiumAsync(leadLab)).GetProperty("id").GetString() ?? "";
        await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = partnerLab });
        await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);
        await using var partnerLive = await LiveClient.ConnectAsync(server, partner.Cookies);
        await partnerLive.SubscribeAsync($"application:consortium:{id}", 0);

        await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/plan", new { baseVersion = 0, markdown = "第1期: 実証" });

        var update = await partnerLive.WaitForAsync(e => e.Type == "application.updated");
        Assert.Equal(("plan", 1, "幹事"), (update.Data.GetProperty("section").GetString(), update.Data.GetProperty("version").GetInt32(), update.Data.GetProperty("editorName").GetString()));
    }

    [Fact]
    public async Task Leave_MemberWatchingThread_StopsReceiving()
    {
        var lead = await Person.SignUpAsync(server);
        var partner = await Person.SignUpAsync(server);
        var leadLab = (await lead.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        var partnerLab = (await partner.CreateLabAsync("遠野市ラボ")).GetProperty("id").GetString() ?? "";
        var consortium = await lead.FormConsortiumAsync(leadLab);
        var (id, threadId) = (consortium.GetProperty("id").GetString(), consortium.GetProperty("threadId").GetString() ?? "");
        await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = partnerLab });
        await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);
        await using var partnerLive = await LiveClient.ConnectAsync(server, partner.Cookies);
        await using var leadLive = await LiveClient.ConnectAsync(server, lead.Cookies);
        await partnerLive.SubscribeAsync($"thread:{threadId}", 0);
        await leadLive.SubscribeAsync($"thread:{threadId}", 0);

        await partner.Client.PostAsync($"/api/consortia/{id}/members/{partnerLab}/leave", null);
        await lead.PostAsync(threadId, "退出後の相談");
        await leadLive.WaitForAsync(e => e.Type == "post.created");

        Assert.DoesNotContain(partnerLive.Pushed, e => e.Type == "post.created");
    }
}
