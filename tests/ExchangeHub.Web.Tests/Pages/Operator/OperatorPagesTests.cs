using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.Operator;

public sealed class OperatorPagesTests(HubServer server)
{
    [Fact]
    public async Task OperatorPage_SignedInNonOperator_Returns403AndAnonymousIsSentToSignIn()
    {
        var person = await Person.SignUpAsync(server);

        var forbidden = await person.Client.GetAsync("/operator");
        var anonymous = await server.NewClient().GetAsync("/operator");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.StartsWith("/account/login", anonymous.RequestMessage?.RequestUri?.AbsolutePath ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OperatorPage_Operator_ShowsPendingLabFlaggedPostChartsAndExport()
    {
        var admin = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        var labName = "承認待ちの町ラボ " + Guid.NewGuid().ToString("N");
        await admin.CreateLabAsync(labName);
        var threadId = (await admin.StartThreadAsync()).Id();
        var reason = "連絡先が書かれています " + Guid.NewGuid().ToString("N");
        (await admin.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/1/flags", new { reason })).EnsureSuccessStatusCode();

        var html = await office.HtmlAsync("/operator");

        PageVisit.Shows(
            html,
            $"{labName}を承認する",
            reason,
            "投稿を非表示にする",
            "月別のコンソーシアム結成数",
            "class=\"chart-bar\"",
            "href=\"/api/operator/labs.csv\"");
    }

    [Fact]
    public async Task OperatorPage_ApproveFormPostedWithoutScript_ApprovesTheLab()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        var pending = await admin.HtmlAsync($"/labs/{labId}");

        var response = await office.PostFormAsync("/operator", "/operator?handler=Approve", new() { ["labId"] = labId });

        var lab = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/labs/{labId}");
        var approved = await admin.HtmlAsync($"/labs/{labId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ラボを承認しました。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("approved", lab.Text("status"));
        Assert.Contains("data-lab-status=\"pending\"", pending, StringComparison.Ordinal);
        Assert.DoesNotContain("data-lab-status=\"pending\"", approved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperatorPage_HideFormPostedWithoutScript_ThreadShowsTheModeratorNotice()
    {
        var author = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        var threadId = (await author.StartThreadAsync()).Id();
        await author.PostAsync(threadId, "ここに電話番号 090-0000-0000 を書きます");
        (await author.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/2/flags", new { reason = "個人情報" })).EnsureSuccessStatusCode();

        await office.PostFormAsync("/operator", "/operator?handler=Hide", new() { ["threadId"] = threadId, ["seq"] = "2" });

        var html = await author.HtmlAsync($"/threads/{threadId}");
        Assert.Contains("この投稿はモデレーターにより非表示になりました。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("090-0000-0000", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreadPage_FlagFormPostedWithoutScript_QueuesTheFlag()
    {
        var author = await Person.SignUpAsync(server);
        var reader = await Person.SignUpAsync(server, "読者 三郎");
        var office = await MentorDesk.OperatorAsync(server);
        var threadId = (await author.StartThreadAsync()).Id();
        var reason = "広告です " + Guid.NewGuid().ToString("N");

        var response = await reader.PostFormAsync($"/threads/{threadId}", $"/threads/{threadId}?handler=Flag",
            new() { ["seq"] = "1", ["reason"] = reason });

        var flags = await office.Client.GetFromJsonAsync<JsonElement>("/api/operator/flags");
        Assert.Contains("投稿を通報しました。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(flags.GetProperty("items").EnumerateArray(),
            f => f.Text("threadId") == threadId && f.GetProperty("reports")[0].Text("reason") == reason);
    }

    [Fact]
    public async Task LabPage_AdminAddsCompanyAndOperatorRecommendsWithoutScript_ShowsTheRecommendation()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        await admin.PostFormAsync($"/labs/{labId}", $"/labs/{labId}?handler=Company", new() { ["CompanyName"] = "株式会社田沢湖テック" });
        var companyId = (await admin.Client.GetFromJsonAsync<JsonElement>($"/api/labs/{labId}")).GetProperty("companies")[0].Id();
        var asOperator = await office.HtmlAsync($"/labs/{labId}");

        await office.PostFormAsync($"/labs/{labId}", $"/labs/{labId}?handler=Recommend", new() { ["companyId"] = companyId });

        var html = await admin.HtmlAsync($"/labs/{labId}");
        Assert.Contains("株式会社田沢湖テックをDXセレクションに推薦する", asOperator, StringComparison.Ordinal);
        Assert.Contains("DXセレクションに推薦", html, StringComparison.Ordinal);
        Assert.DoesNotContain("株式会社田沢湖テックをDXセレクションに推薦する", html, StringComparison.Ordinal);
    }
}
