using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class ApplicationApiTests(HubServer server)
{
    private async Task<(Person Lead, string LeadLab, Person Partner, string PartnerLab, string Id)> JoinedAsync()
    {
        var lead = await Person.SignUpAsync(server, "幹事");
        var partner = await Person.SignUpAsync(server, "相手");
        var leadLab = (await lead.CreateLabAsync("仙北市ラボ")).GetProperty("id").GetString() ?? "";
        var partnerLab = (await partner.CreateLabAsync("遠野市ラボ")).GetProperty("id").GetString() ?? "";
        var id = (await lead.FormConsortiumAsync(leadLab)).GetProperty("id").GetString() ?? "";
        await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = partnerLab });
        await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);
        return (lead, leadLab, partner, partnerLab, id);
    }

    [Fact]
    public async Task SaveVision_FromCurrentVersion_SavesAndRecordsWho()
    {
        var (lead, _, partner, _, id) = await JoinedAsync();

        var saved = await partner.Client.PutAsJsonAsync($"/api/consortia/{id}/application/vision", new { baseVersion = 0, markdown = "## 目指す姿\n\n**ドローン**で結ぶ" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var application = await lead.Client.GetFromJsonAsync<JsonElement>($"/api/consortia/{id}/application");
        Assert.Equal(1, application.GetProperty("vision").GetProperty("version").GetInt32());
        Assert.Contains("<strong>ドローン</strong>", application.GetProperty("vision").GetProperty("html").GetString());
        Assert.Equal("相手", application.GetProperty("history")[0].GetProperty("editorName").GetString());
    }

    [Fact]
    public async Task SaveVision_FromStaleVersion_Returns409AndKeepsTheOtherText()
    {
        var (lead, _, partner, _, id) = await JoinedAsync();
        await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/vision", new { baseVersion = 0, markdown = "幹事の案" });

        var stale = await partner.Client.PutAsJsonAsync($"/api/consortia/{id}/application/vision", new { baseVersion = 0, markdown = "相手の案" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("幹事", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var application = await lead.Client.GetFromJsonAsync<JsonElement>($"/api/consortia/{id}/application");
        Assert.Equal("幹事の案", application.GetProperty("vision").GetProperty("markdown").GetString());
    }

    [Fact]
    public async Task SaveKpis_InvalidRowsAndStrangerOwner_Returns400()
    {
        var (lead, _, _, _, id) = await JoinedAsync();

        var invalid = await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/kpis", new
        {
            baseVersion = 0,
            kpis = new[] { new { indicator = "", unit = "", baseline = 5, target = 5, dueDate = "0001-01-01", ownerLabId = "" } },
        });
        var stranger = await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/kpis", new
        {
            baseVersion = 0,
            kpis = new[] { new { indicator = "配送便数", unit = "便", baseline = 0, target = 120, dueDate = "2028-03-31", ownerLabId = "someone-else" } },
        });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (invalid.StatusCode, stranger.StatusCode));
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kpis[0].indicator", out _) && errors.TryGetProperty("kpis[0].target", out _) && errors.TryGetProperty("kpis[0].dueDate", out _));
    }

    [Fact]
    public async Task Completeness_AllPartsFilled_Reaches100()
    {
        var (lead, leadLab, _, partnerLab, id) = await JoinedAsync();
        var text = string.Concat(Enumerable.Repeat("中山間地の農業と物流をドローンで支え、住民のウェルビーイングを高める。", 10));
        await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/vision", new { baseVersion = 0, markdown = text });
        await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/plan", new { baseVersion = 0, markdown = text });
        var before = await lead.Client.GetFromJsonAsync<JsonElement>($"/api/consortia/{id}/application");
        await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/kpis", new
        {
            baseVersion = 0,
            kpis = new[]
            {
                new { indicator = "散布面積", unit = "ha", baseline = 12, target = 200, dueDate = "2028-03-31", ownerLabId = leadLab },
                new { indicator = "配送便数", unit = "便", baseline = 0, target = 120, dueDate = "2028-03-31", ownerLabId = partnerLab },
            },
        });
        var criteria = new[] { 1, 2, 3 }.Select(n => new { number = n, met = true, parts = new[] { "vision", "kpis" }, note = "" });

        var done = await lead.Client.PutAsJsonAsync($"/api/consortia/{id}/application/criteria", new { baseVersion = 0, criteria });

        Assert.True(before.GetProperty("completeness").GetInt32() < 100);
        Assert.NotEmpty(before.GetProperty("missing").EnumerateArray());
        var after = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(100, after.GetProperty("completeness").GetInt32());
        Assert.Empty(after.GetProperty("missing").EnumerateArray());
        var markdown = await lead.Client.GetStringAsync($"/api/consortia/{id}/application/markdown");
        Assert.Contains("| 配送便数 | 便 | 0 | 120 | 2028-03-31 | 遠野市ラボ |", markdown);
    }

    [Fact]
    public async Task Application_OutsiderAndInvitedLab_Return403()
    {
        var lead = await Person.SignUpAsync(server);
        var invited = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var leadLab = (await lead.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        var invitedLab = (await invited.CreateLabAsync("招待中のラボ")).GetProperty("id").GetString();
        var id = (await lead.FormConsortiumAsync(leadLab)).GetProperty("id").GetString();
        await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = invitedLab });

        var byInvited = await invited.Client.GetAsync($"/api/consortia/{id}/application");
        var byOutsider = await outsider.Client.PutAsJsonAsync($"/api/consortia/{id}/application/vision", new { baseVersion = 0, markdown = "x" });
        var unknown = await outsider.Client.GetAsync("/api/consortia/no-such/application");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound], new[] { byInvited.StatusCode, byOutsider.StatusCode, unknown.StatusCode });
    }

    [Fact]
    public async Task TransitionPlan_IotLabOnly()
    {
        var person = await Person.SignUpAsync(server);
        var dxLab = (await person.CreateLabAsync()).GetProperty("id").GetString();
        var iot = await person.Client.PostAsJsonAsync("/api/labs", new
        {
            name = "加賀市IoT推進ラボ",
            prefecture = "17",
            municipality = "加賀市",
            programme = "iot",
            themes = new[] { "manufacturing" },
            needs = Array.Empty<string>(),
            offers = Array.Empty<string>(),
            vision = "",
        });
        var iotLab = (await iot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var ofDx = await person.Client.GetAsync($"/api/labs/{dxLab}/transition-plan");
        var saved = await person.Client.PutAsJsonAsync($"/api/labs/{iotLab}/transition-plan/plan", new { baseVersion = 0, markdown = "DX推進ラボへの移行計画" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (ofDx.StatusCode, saved.StatusCode));
        Assert.Equal("transition-plan", (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
    }
}
