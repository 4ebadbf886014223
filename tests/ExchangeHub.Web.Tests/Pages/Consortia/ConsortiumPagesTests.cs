using System.Net;
using System.Net.Http.Json;
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
        var token = await TokenAsync(admin, "/consortia");

        var response = await admin.Client.PostAsync("/consortia", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.LeadLabId"] = labId,
            ["Input.Name"] = "秋田・岩手ドローン物流連携",
            ["Input.Purpose"] = "中山間地の物流を共同で申請する",
            ["Input.Deadline"] = "2030-03-29",
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(ConsortiumPath(), response.RequestMessage?.RequestUri?.AbsolutePath ?? "");
        Assert.Contains("秋田・岩手ドローン物流連携", html, StringComparison.Ordinal);
        Assert.Contains("2030年3月29日", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicationPage_StaleSavePostedWithoutScript_KeepsTheDraftAndShowsTheLatestBesideIt()
    {
        var (lead, partner, id) = await JoinedAsync();
        var token = await TokenAsync(partner, $"/consortia/{id}/application");
        await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/vision", new { baseVersion = 0, markdown = "幹事が先に保存した案" });

        var response = await partner.Client.PostAsync($"/consortia/{id}/application?handler=Save&section=vision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.BaseVersion"] = "0",
            ["Input.Markdown"] = "相手が書いていた案",
        }));

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

    // The form's antiforgery token; its cookie stays in the person's cookie jar.
    private static async Task<string> TokenAsync(Person person, string path)
    {
        var html = await person.HtmlAsync(path);
        return AntiforgeryToken().Match(html).Groups["token"].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("^/consortia/[0-9a-f]{32}$")]
    private static partial Regex ConsortiumPath();
}
