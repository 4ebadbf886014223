using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.Labs;

public sealed class LabDashboardPagesTests(HubServer server)
{
    [Fact]
    public async Task Dashboard_MemberAfterTwoKpiUpdates_ShowsKpiChartWithTargetAndTheLabsWork()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();
        await admin.Client.PutAsJsonAsync($"/api/labs/{labId}", LabWithActual(12));
        (await admin.Client.PutAsJsonAsync($"/api/labs/{labId}", LabWithActual(18))).EnsureSuccessStatusCode();
        await admin.PublishCaseStudyAsync(labId, "ダッシュボードに出る事例");
        await admin.FormConsortiumAsync(labId, "ダッシュボードの連携");

        var html = await admin.Client.GetStringAsync($"/labs/{labId}/dashboard");

        Assert.Contains("KPIの目標と実績の推移", html, StringComparison.Ordinal);
        Assert.Contains("ドローン散布面積 (ha)", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart-target\"", html, StringComparison.Ordinal);
        Assert.Contains("目標: 100 ha", html, StringComparison.Ordinal);
        Assert.Contains(": 18", html, StringComparison.Ordinal);
        Assert.Contains("ダッシュボードに出る事例", html, StringComparison.Ordinal);
        Assert.Contains("ダッシュボードの連携", html, StringComparison.Ordinal);
        Assert.Contains("メンター相談", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Outsider_Returns403AndApiToo()
    {
        var admin = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();

        var page = await outsider.Client.GetAsync($"/labs/{labId}/dashboard");
        var api = await outsider.Client.GetAsync($"/api/labs/{labId}/dashboard");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, api.StatusCode));
    }

    [Fact]
    public async Task DashboardApi_Member_AnswersKpiHistory()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();
        (await admin.Client.PutAsJsonAsync($"/api/labs/{labId}", LabWithActual(7))).EnsureSuccessStatusCode();

        var dashboard = await admin.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/labs/{labId}/dashboard");

        var reading = dashboard.GetProperty("lab").GetProperty("kpiHistory")[0];
        Assert.Equal("ドローン散布面積", reading.Text("indicator"));
        Assert.Equal(7m, reading.GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task InboxAndConsortiaPages_FollowTheirStreams()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();
        var consortiumId = (await admin.FormConsortiumAsync(labId)).Id();

        var inbox = await admin.Client.GetStringAsync("/inbox");
        var consortia = await admin.Client.GetStringAsync("/consortia");

        Assert.Contains("data-live-region", inbox, StringComparison.Ordinal);
        Assert.Contains($"user:{admin.Id}", System.Net.WebUtility.HtmlDecode(inbox), StringComparison.Ordinal);
        Assert.Contains("/js/live-region.js", inbox, StringComparison.Ordinal);
        Assert.Contains($"consortium:{consortiumId}", System.Net.WebUtility.HtmlDecode(consortia), StringComparison.Ordinal);
        Assert.Contains("/js/live-region.js", consortia, StringComparison.Ordinal);
    }

    private static object LabWithActual(decimal actual) => new
    {
        name = "仙北市地域DX推進ラボ",
        prefecture = "05",
        municipality = "仙北市",
        programme = "dx",
        themes = new[] { "agriculture" },
        needs = Array.Empty<string>(),
        offers = Array.Empty<string>(),
        vision = "ドローンで農業を支える",
        kpis = new[] { new { indicator = "ドローン散布面積", unit = "ha", baseline = 0m, target = 100m, actual, dueDate = "2027-03-31" } },
    };
}
