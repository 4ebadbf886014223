using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace ExchangeHub.Web.Tests.Live;

public sealed class ThreadStreamTests(HubServer server)
{
    [Fact]
    public async Task Subscribe_TwoPeoplePosting_EachSeesTheOthersPost()
    {
        var alice = await Person.SignUpAsync(server, "青木");
        var bob = await Person.SignUpAsync(server, "馬場");
        var threadId = (await alice.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        var stream = $"thread:{threadId}";
        await using var aliceLive = await LiveClient.ConnectAsync(server, alice.Cookies);
        await using var bobLive = await LiveClient.ConnectAsync(server, bob.Cookies);
        await aliceLive.SubscribeAsync(stream, 1);
        await bobLive.SubscribeAsync(stream, 1);

        await alice.PostAsync(threadId, "青木です");
        await bob.PostAsync(threadId, "馬場です");

        var seenByBob = await bobLive.WaitForAsync(e => e.Type == "post.created" && e.Data.GetProperty("authorName").GetString() == "青木");
        var seenByAlice = await aliceLive.WaitForAsync(e => e.Type == "post.created" && e.Data.GetProperty("authorName").GetString() == "馬場");
        Assert.Contains("青木です", seenByBob.Data.GetProperty("html").GetString());
        Assert.Equal(3, seenByAlice.Data.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Subscribe_After500MissedPosts_CatchesUpWithNoGapOrDuplicate()
    {
        var author = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        var stream = $"thread:{threadId}";
        long lastSeen;
        await using (var before = await LiveClient.ConnectAsync(server, author.Cookies))
        {
            var history = await before.SubscribeAsync(stream, 0);
            lastSeen = history.Max(e => e.Seq);
        }

        for (var i = 0; i < 500; i++)
        {
            await author.PostAsync(threadId, $"投稿 {i}");
        }

        await using var after = await LiveClient.ConnectAsync(server, author.Cookies);
        var missed = await after.SubscribeAsync(stream, lastSeen);
        await author.PostAsync(threadId, "最新");
        var live = await after.WaitForAsync(e => e.Seq == lastSeen + 501);

        Assert.Equal(Enumerable.Range(1, 500).Select(i => lastSeen + i), missed.Select(e => e.Seq));
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"投稿 {i}"), missed.Select(e => e.Data.GetProperty("body").GetString()));
        Assert.Equal("最新", live.Data.GetProperty("body").GetString());
        Assert.Single(after.Pushed, e => e.Seq == lastSeen + 501);
    }

    [Fact]
    public async Task Subscribe_LabThreadAsOutsider_ThrowsHubExceptionAndDeliversNothing()
    {
        var admin = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString();
        var threadId = (await admin.StartThreadAsync($"lab:{labId}")).GetProperty("id").GetString() ?? "";
        await using var client = await LiveClient.ConnectAsync(server, outsider.Cookies);

        await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync($"thread:{threadId}", 0));
        await admin.PostAsync(threadId, "内部の話");
        await using var member = await LiveClient.ConnectAsync(server, admin.Cookies);
        await member.SubscribeAsync($"thread:{threadId}", 0);
        await admin.PostAsync(threadId, "もう一つ");
        await member.WaitForAsync(e => e.Data.TryGetProperty("body", out var body) && body.GetString() == "もう一つ");

        Assert.Empty(client.Pushed);
    }

    [Fact]
    public async Task Subscribe_SecondViewerAndTyping_SignalsPresenceAndTyping()
    {
        var alice = await Person.SignUpAsync(server, "青木");
        var bob = await Person.SignUpAsync(server, "馬場");
        var threadId = (await alice.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        await using var aliceLive = await LiveClient.ConnectAsync(server, alice.Cookies);
        await using var bobLive = await LiveClient.ConnectAsync(server, bob.Cookies);
        await aliceLive.SubscribeAsync($"thread:{threadId}", 0);

        await bobLive.SubscribeAsync($"thread:{threadId}", 0);
        await bobLive.InvokeAsync("Typing", threadId);

        var presence = await aliceLive.WaitForSignalAsync(s => s.Type == "presence" && s.Data.GetProperty("viewers").GetArrayLength() == 2);
        var typing = await aliceLive.WaitForSignalAsync(s => s.Type == "typing");
        Assert.Contains(presence.Data.GetProperty("viewers").EnumerateArray(), v => v.GetProperty("displayName").GetString() == "馬場");
        Assert.Equal("馬場", typing.Data.GetProperty("displayName").GetString());
        Assert.DoesNotContain(bobLive.Signals, s => s.Type == "typing");
    }

    [Fact]
    public async Task UserStream_Mentioned_NotificationArrivesLive()
    {
        var author = await Person.SignUpAsync(server);
        var mentioned = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        await using var inbox = await LiveClient.ConnectAsync(server, mentioned.Cookies);
        await inbox.SubscribeAsync($"user:{mentioned.Id}", 0);

        await author.PostAsync(threadId, $"@{await mentioned.HandleAsync()} ご意見をください");

        var notification = await inbox.WaitForAsync(e => e.Type == "notification");
        Assert.Equal(1, notification.Data.GetProperty("unreadCount").GetInt32());
        Assert.Equal("mention", notification.Data.GetProperty("notification").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task RemoveMember_WhileWatchingLabThread_StopsTheirLiveTraffic()
    {
        var admin = await Person.SignUpAsync(server);
        var member = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString();
        await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/members", new { email = member.Email, role = "member" });
        var threadId = (await admin.StartThreadAsync($"lab:{labId}")).GetProperty("id").GetString() ?? "";
        var stream = $"thread:{threadId}";
        await using var watching = await LiveClient.ConnectAsync(server, member.Cookies);
        await using var control = await LiveClient.ConnectAsync(server, admin.Cookies);
        await watching.SubscribeAsync(stream, 1);
        await control.SubscribeAsync(stream, 1);
        await admin.PostAsync(threadId, "まだ見える");
        await watching.WaitForAsync(e => e.Seq == 2);

        var removed = await admin.Client.DeleteAsync($"/api/labs/{labId}/members/{member.Id}");
        await admin.PostAsync(threadId, "もう見えない");
        await control.WaitForAsync(e => e.Seq == 3);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.DoesNotContain(watching.Pushed, e => e.Seq == 3);
        await Assert.ThrowsAsync<HubException>(() => watching.SubscribeAsync(stream, 2));
    }
}
