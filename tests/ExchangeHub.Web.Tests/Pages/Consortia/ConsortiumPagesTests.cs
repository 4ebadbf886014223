using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.Consortia;

public sealed partial class ConsortiumPagesTests(HubServer server)
{
    [Fact]
    public async Task ConsortiumPage_Outsider_Returns403()
    {
        var (_, _, id) = await FormedAsync();
        var outsider = await Person.SignUpAsync(server, "部外者");

        var response = await outsider.Client.GetAsync($"/consortia/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ApplicationPage_Outsider_Returns403()
    {
        var (_, _, id) = await FormedAsync();
        var outsider = await Person.SignUpAsync(server, "部外者");

        var editor = await outsider.Client.GetAsync($"/consortia/{id}/application");
        var print = await outsider.Client.GetAsync($"/consortia/{id}/application/print");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (editor.StatusCode, print.StatusCode));
    }

    [Fact]
    public async Task InvitedLabAdmin_BeforeJoining_SeesTheInvitationButNotTheConsortium()
    {
        var (lead, _, id) = await FormedAsync("仙北・遠野 連携");
        var (invited, invitedLab) = await PageVisit.SignUpWithLabAsync(server, "遠野 事務局", labName: "遠野市地域DX推進ラボ");
        (await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = invitedLab })).EnsureSuccessStatusCode();

        var inbox = await invited.HtmlAsync("/consortia/invitations");
        var page = await invited.Client.GetAsync($"/consortia/{id}");
        var application = await invited.Client.GetAsync($"/consortia/{id}/application");

        Assert.Contains("仙北・遠野 連携", inbox, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, application.StatusCode));
    }

    [Fact]
    public async Task ConsortiaPage_FormPostedWithoutScript_FormsItAndOpensItsPage()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server, "佐藤 花子");

        var response = await admin.PostFormAsync("/consortia", "/consortia", new()
        {
            ["Input.LeadLabId"] = labId,
            ["Input.Name"] = "秋田・岩手ドローン物流連携",
            ["Input.Purpose"] = "中山間地の物流を共同で申請する",
            ["Input.Deadline"] = "2030-03-29",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(ConsortiumPath(), response.RequestMessage?.RequestUri?.AbsolutePath ?? "");
        Assert.Contains("秋田・岩手ドローン物流連携", html, StringComparison.Ordinal);
        Assert.Contains("2030年3月29日", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicationPage_StaleSavePostedWithoutScript_KeepsTheDraftAndShowsTheLatestBesideIt()
    {
        var (lead, partner, id) = await JoinedAsync();
        await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/vision", new { baseVersion = 0, markdown = "幹事が先に保存した案" });

        var response = await partner.PostFormAsync($"/consortia/{id}/application", $"/consortia/{id}/application?handler=Save&section=vision", new()
        {
            ["Input.BaseVersion"] = "0",
            ["Input.Markdown"] = "相手が書いていた案",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("幹事 さんが保存しました", html, StringComparison.Ordinal);
        Assert.Contains("幹事が先に保存した案", html, StringComparison.Ordinal);
        Assert.Matches("<textarea[^>]*id=\"vision-markdown\"[^>]*>\\s*相手が書いていた案</textarea>", html);
        Assert.Contains("name=\"Input.BaseVersion\" value=\"1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransitionPlanPage_MemberOfDxLab_Returns404()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);

        var response = await admin.Client.GetAsync($"/labs/{labId}/transition-plan");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ConsortiaPage_ConsortiumWithPastEvents_FollowsItsStreamWithoutReplayingThem()
    {
        var (lead, _, id) = await JoinedAsync();
        await using var live = await LiveClient.ConnectAsync(server, lead.Cookies);

        var streams = LiveStreams(await lead.HtmlAsync("/consortia"));
        var followed = streams.Single(s => s.GetProperty("stream").GetString() == $"consortium:{id}").GetProperty("seq");
        // As live-region.js does: a stream given without a seq is followed from its start.
        var replayed = await live.SubscribeAsync($"consortium:{id}", followed.ValueKind == JsonValueKind.Number ? followed.GetInt64() : 0);

        Assert.Empty(replayed);
    }

    private async Task<(Person Lead, string LeadLab, string Id)> FormedAsync(string name = "秋田・岩手ドローン物流連携")
    {
        var (lead, leadLab) = await PageVisit.SignUpWithLabAsync(server, "幹事");
        var id = (await lead.FormConsortiumAsync(leadLab, name)).GetProperty("id").GetString() ?? "";
        return (lead, leadLab, id);
    }

    private async Task<(Person Lead, Person Partner, string Id)> JoinedAsync()
    {
        var (lead, _, id) = await FormedAsync();
        var (partner, partnerLab) = await PageVisit.SignUpWithLabAsync(server, "相手", labName: "遠野市地域DX推進ラボ");
        (await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = partnerLab })).EnsureSuccessStatusCode();
        (await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null)).EnsureSuccessStatusCode();
        return (lead, partner, id);
    }

    private static List<JsonElement> LiveStreams(string html) =>
        JsonSerializer.Deserialize<List<JsonElement>>(WebUtility.HtmlDecode(StreamsAttribute().Match(html).Groups["json"].Value)) ?? [];

    [GeneratedRegex("data-streams=\"(?<json>[^\"]*)\"")]
    private static partial Regex StreamsAttribute();

    [GeneratedRegex("^/consortia/[0-9a-f]{32}$")]
    private static partial Regex ConsortiumPath();
}
