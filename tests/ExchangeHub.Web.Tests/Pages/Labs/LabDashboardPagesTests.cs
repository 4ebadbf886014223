using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.Labs;

public sealed class LabDashboardPagesTests(HubServer server)
{
    [Fact]
    public async Task Dashboard_MemberAfterTwoKpiUpdates_ShowsKpiChartWithTargetAndTheLabsWork()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);
        await admin.Client.PutAsJsonAsync($"/api/labs/{labId}", LabWithActual(12));
        (await admin.Client.PutAsJsonAsync($"/api/labs/{labId}", LabWithActual(18))).EnsureSuccessStatusCode();
        await admin.PublishCaseStudyAsync(labId, "ダッシュボードに出る事例");
        await admin.FormConsortiumAsync(labId, "ダッシュボードの連携");

        var html = await admin.HtmlAsync($"/labs/{labId}/dashboard");

        PageVisit.Shows(
            html,
            "KPIの目標と実績の推移",
            "ドローン散布面積 (ha)",
            "class=\"chart-target\"",
            "目標: 100 ha",
            ": 18",
            "ダッシュボードに出る事例",
            "ダッシュボードの連携",
            "メンター相談");
    }

    [Fact]
    public async Task Dashboard_Outsider_Returns403AndApiToo()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);
        var outsider = await Person.SignUpAsync(server);

        var page = await outsider.Client.GetAsync($"/labs/{labId}/dashboard");
        var api = await outsider.Client.GetAsync($"/api/labs/{labId}/dashboard");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, api.StatusCode));
    }

    [Fact]
    public async Task DashboardApi_Member_AnswersKpiHistory()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);
        (await admin.Client.PutAsJsonAsync($"/api/labs/{labId}", LabWithActual(7))).EnsureSuccessStatusCode();

        var dashboard = await admin.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/labs/{labId}/dashboard");

        var reading = dashboard.GetProperty("lab").GetProperty("kpiHistory")[0];
        Assert.Equal("ドローン散布面積", reading.Text("indicator"));
        Assert.Equal(7m, reading.GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task InboxAndConsortiaPages_FollowTheirStreams()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);
        var consortiumId = (await admin.FormConsortiumAsync(labId)).Id();

        var inbox = await admin.HtmlAsync("/inbox");
        var consortia = await admin.HtmlAsync("/consortia");

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
