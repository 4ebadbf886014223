using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;
using static ExchangeHub.Web.Tests.Support.MentorDesk;

namespace ExchangeHub.Web.Tests.Live;

public sealed class ActivityStreamTests(HubServer server)
{
    [Fact]
    public async Task Subscribe_AnonymousWhenACaseStudyIsPublished_HearsItWithTitleAndLab()
    {
        var admin = await Person.SignUpAsync(server);
        var labName = "活動ラボ " + Guid.NewGuid().ToString("N");
        var labId = (await admin.CreateLabAsync(labName)).Id();
        await using var anonymous = await LiveClient.ConnectAsync(server);
        await anonymous.SubscribeAsync("activity", await LastSeqAsync());
        var title = "ライブで届く事例 " + Guid.NewGuid().ToString("N");

        var caseStudyId = (await admin.PublishCaseStudyAsync(labId, title)).Id();

        var heard = await anonymous.WaitForAsync(e => e.Type == "casestudy.published" && e.Data.Text("title") == title);
        Assert.Equal("activity", heard.Stream);
        Assert.Equal(labName, heard.Data.Text("labName"));
        Assert.Equal($"/case-studies/{caseStudyId}", heard.Data.Text("url"));
    }

    [Fact]
    public async Task Subscribe_AnonymousWhenAConsortiumIsFormed_HearsOnlyTheLeadLabNeverTheConsortium()
    {
        var admin = await Person.SignUpAsync(server);
        var labName = "幹事ラボ " + Guid.NewGuid().ToString("N");
        var labId = (await admin.CreateLabAsync(labName)).Id();
        await using var anonymous = await LiveClient.ConnectAsync(server);
        await anonymous.SubscribeAsync("activity", await LastSeqAsync());
        var secret = "Secret-" + Guid.NewGuid().ToString("N");

        var consortiumId = (await admin.FormConsortiumAsync(labId, secret)).Id();

        var heard = await anonymous.WaitForAsync(e => e.Type == "consortium.formed" && e.Data.Text("labId") == labId);
        Assert.Equal(labName, heard.Data.Text("labName"));
        Assert.Equal("", heard.Data.Text("title"));
        Assert.Equal($"/labs/{labId}", heard.Data.Text("url"));
        Assert.DoesNotContain(secret, heard.Data.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(consortiumId, heard.Data.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_AnonymousWhenAMentorFirstAnswers_HearsTheLabButNotTheRequest()
    {
        var requester = await Person.SignUpAsync(server, "佐藤 花子");
        var mentor = await MentorAsync(server, "高橋 メンター", ["manufacturing"]);
        var (labId, request) = await requester.LabWithRequestAsync(["manufacturing"]);
        await using var anonymous = await LiveClient.ConnectAsync(server);
        await anonymous.SubscribeAsync("activity", await LastSeqAsync());
        (await mentor.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null)).EnsureSuccessStatusCode();

        await mentor.PostAsync(request.Text("threadId"), "まず電力の見える化から始めましょう。");

        var heard = await anonymous.WaitForAsync(e => e.Type == "mentorrequest.answered" && e.Data.Text("labId") == labId);
        Assert.Equal("", heard.Data.Text("title"));
        Assert.DoesNotContain(request.Id(), heard.Data.GetRawText(), StringComparison.Ordinal);
        Assert.True(heard.Data.GetProperty("seconds").GetInt64() >= 0);
    }

    private async Task<long> LastSeqAsync() =>
        (await server.NewClient().GetFromJsonAsync<JsonElement>("/api/activity")).GetProperty("lastSeq").GetInt64();
}
