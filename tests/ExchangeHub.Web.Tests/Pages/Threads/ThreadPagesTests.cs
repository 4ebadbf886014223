using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.Threads;

public sealed class ThreadPagesTests(HubServer server)
{
    [Fact]
    public async Task ThreadPage_FollowerWithUnreadPost_ShowsItAndMarksTheThreadRead()
    {
        var starter = await Person.SignUpAsync(server, "佐藤 花子");
        var follower = await Person.SignUpAsync(server, "鈴木 健太");
        var threadId = (await starter.StartThreadAsync()).GetProperty("id").GetString();
        await follower.PostAsync(threadId ?? "", "うちは共済に入っています。");
        await starter.PostAsync(threadId ?? "", "窓口はどちらでしたか?");
        await Eventually.GetAsync(follower.Client, "/api/me/threads?unread=true", page => page.GetProperty("unreadPosts").GetInt64() == 1);

        var html = await follower.HtmlAsync($"/threads/{threadId}");

        Assert.Contains("窓口はどちらでしたか?", html, StringComparison.Ordinal);
        var unread = await follower.Client.GetFromJsonAsync<JsonElement>("/api/me/threads?unread=true");
        Assert.Empty(unread.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ThreadPage_PublicThreadAnonymous_RedirectsToSignIn()
    {
        var starter = await Person.SignUpAsync(server);
        var threadId = (await starter.StartThreadAsync()).GetProperty("id").GetString();
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        var response = await anonymous.GetAsync($"/threads/{threadId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreadPage_UnknownThread_Returns404()
    {
        var reader = await Person.SignUpAsync(server);

        var response = await reader.Client.GetAsync("/threads/no-such-thread");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CaseStudyPage_Anonymous_ShowsDiscussionAndSignInToPost()
    {
        var (author, labId) = await PageVisit.SignUpWithLabAsync(server);
        var caseStudy = await author.PublishCaseStudyAsync(labId);
        await author.PostAsync(caseStudy.GetProperty("threadId").GetString() ?? "", "質問があればどうぞ。");

        var html = await server.AnonymousHtmlAsync($"/case-studies/{caseStudy.GetProperty("id").GetString()}");

        Assert.Contains("質問があればどうぞ。", html, StringComparison.Ordinal);
        Assert.Contains("ログインすると投稿できます", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabPage_MemberAndOutsider_OnlyMemberSeesLabThreads()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);
        var outsider = await Person.SignUpAsync(server);
        await admin.StartThreadAsync($"lab:{labId}", "来年度の KPI 見直し", "定例で話しましょう。");

        var memberView = await admin.HtmlAsync($"/labs/{labId}");
        var outsiderView = await outsider.HtmlAsync($"/labs/{labId}");

        Assert.Contains("来年度の KPI 見直し", memberView, StringComparison.Ordinal);
        Assert.DoesNotContain("来年度の KPI 見直し", outsiderView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_SignedInWithUnreadNotification_ShowsTheCount()
    {
        var starter = await Person.SignUpAsync(server);
        var mentioned = await Person.SignUpAsync(server);
        var threadId = (await starter.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        await starter.PostAsync(threadId, $"@{await mentioned.HandleAsync()} ご意見をください。");
        await Eventually.GetAsync(mentioned.Client, "/api/me/notifications", inbox => inbox.GetProperty("unreadCount").GetInt32() == 1);

        var html = await mentioned.HtmlAsync("/labs");

        Assert.Matches("data-inbox-count[^>]*>1</span>", html);
    }
}
