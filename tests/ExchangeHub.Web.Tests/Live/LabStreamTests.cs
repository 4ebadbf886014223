using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.SignalR;

namespace ExchangeHub.Web.Tests.Live;

public sealed class LabStreamTests(HubServer server)
{
    [Fact]
    public async Task Subscribe_CaseStudyPublished_EventArrives()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        await using var viewer = await LiveClient.ConnectAsync(server);
        await viewer.SubscribeAsync($"lab:{labId}", 0);

        await admin.PublishCaseStudyAsync(labId, "ライブで届く事例");

        var received = await viewer.WaitForAsync(e => e.Type == "casestudy.published");
        Assert.Equal($"lab:{labId}", received.Stream);
        Assert.Equal(1, received.Seq);
        Assert.Equal("ライブで届く事例", received.Data.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Subscribe_AfterDropWithLastSeq_ReturnsMissedEventsExactlyOnce()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        var stream = $"lab:{labId}";
        var first = await LiveClient.ConnectAsync(server);
        await first.SubscribeAsync(stream, 0);
        var caseStudyId = (await admin.PublishCaseStudyAsync(labId, "一件目")).GetProperty("id").GetString();
        var lastSeen = (await first.WaitForAsync(e => e.Stream == stream)).Seq;
        await first.DisposeAsync();
        await admin.PublishCaseStudyAsync(labId, "二件目");
        await admin.PublishCaseStudyAsync(labId, "三件目");
        await admin.Client.PutAsync($"/api/case-studies/{caseStudyId}", System.Net.Http.Json.JsonContent.Create(Samples.CaseStudy("一件目(改訂)")));

        await using var second = await LiveClient.ConnectAsync(server);
        var missed = await second.SubscribeAsync(stream, lastSeen);
        await admin.PublishCaseStudyAsync(labId, "五件目");
        var live = await second.WaitForAsync(e => e.Seq == 5);

        Assert.Equal([2L, 3L, 4L], missed.Select(e => e.Seq));
        Assert.Equal("casestudy.revised", missed[2].Type);
        Assert.Equal("五件目", live.Data.GetProperty("title").GetString());
        var all = missed.Concat(second.Pushed.Where(e => e.Seq > lastSeen)).Select(e => e.Seq).Distinct().Order();
        Assert.Equal([2L, 3L, 4L, 5L], all);
        Assert.Single(second.Pushed, e => e.Seq == 5);
    }

    [Fact]
    public async Task Subscribe_AfterSeqZeroOnBusyLab_ReturnsWholeHistoryInOrder()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        for (var i = 0; i < 120; i++)
        {
            await admin.PublishCaseStudyAsync(labId, $"事例 {i}");
        }

        await using var late = await LiveClient.ConnectAsync(server);
        var history = await late.SubscribeAsync($"lab:{labId}", 0);

        Assert.Equal(Enumerable.Range(1, 120).Select(i => (long)i), history.Select(e => e.Seq));
    }

    [Fact]
    public async Task Subscribe_SomeoneElsesUserStream_ThrowsHubExceptionAndDeliversNothing()
    {
        var owner = await Person.SignUpAsync(server);
        var snoop = await Person.SignUpAsync(server);
        await using var client = await LiveClient.ConnectAsync(server, snoop.Cookies);

        await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync($"user:{owner.Id}", 0));
        Assert.Empty(client.Pushed);
    }

    [Fact]
    public async Task Subscribe_OwnUserStream_Succeeds()
    {
        var person = await Person.SignUpAsync(server);
        await using var client = await LiveClient.ConnectAsync(server, person.Cookies);

        var missed = await client.SubscribeAsync($"user:{person.Id}", 0);

        Assert.Empty(missed);
    }

    [Fact]
    public async Task Subscribe_UnknownStreamKind_ThrowsHubException()
    {
        await using var client = await LiveClient.ConnectAsync(server);

        await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync("secret:everything", 0));
    }

    [Fact]
    public async Task Subscribe_UnknownLab_ThrowsHubException()
    {
        await using var client = await LiveClient.ConnectAsync(server);

        await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync("lab:no-such-lab", 0));
    }
}
