using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class ConsortiumApiTests(HubServer server)
{
    private async Task<(Person Lead, string LeadLab, Person Partner, string PartnerLab, string ConsortiumId)> InvitedAsync()
    {
        var lead = await Person.SignUpAsync(server, "幹事 一郎");
        var partner = await Person.SignUpAsync(server, "相手 花子");
        var leadLab = (await lead.CreateLabAsync("仙北市ラボ")).GetProperty("id").GetString() ?? "";
        var partnerLab = (await partner.CreateLabAsync("遠野市ラボ")).GetProperty("id").GetString() ?? "";
        var id = (await lead.FormConsortiumAsync(leadLab)).GetProperty("id").GetString() ?? "";
        (await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = partnerLab })).EnsureSuccessStatusCode();
        return (lead, leadLab, partner, partnerLab, id);
    }

    [Fact]
    public async Task Create_ByLeadLabAdmin_Returns201Forming()
    {
        var lead = await Person.SignUpAsync(server);
        var labId = (await lead.CreateLabAsync()).GetProperty("id").GetString();

        var response = await lead.Client.PostAsJsonAsync("/api/consortia", new { name = "連携", purpose = "共同申請", leadLabId = labId });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("forming", body.GetProperty("status").GetString());
        var member = Assert.Single(body.GetProperty("members").EnumerateArray());
        Assert.Equal((labId, "joined"), (member.GetProperty("labId").GetString(), member.GetProperty("state").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("threadId").GetString()));
    }

    [Fact]
    public async Task Create_ForLabNotAdministered_Returns403()
    {
        var owner = await Person.SignUpAsync(server);
        var other = await Person.SignUpAsync(server);
        var labId = (await owner.CreateLabAsync()).GetProperty("id").GetString();

        var response = await other.Client.PostAsJsonAsync("/api/consortia", new { name = "乗っ取り", purpose = "", leadLabId = labId });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_Invalid_Returns400AndAnonymous401()
    {
        var lead = await Person.SignUpAsync(server);
        var labId = (await lead.CreateLabAsync()).GetProperty("id").GetString();

        var invalid = await lead.Client.PostAsJsonAsync("/api/consortia", new { name = "", purpose = "", leadLabId = labId });
        var anonymous = await server.NewClient().PostAsJsonAsync("/api/consortia", new { name = "x", purpose = "", leadLabId = labId });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized), (invalid.StatusCode, anonymous.StatusCode));
    }

    [Fact]
    public async Task Invite_ThenAccept_LabJoinsAndSeesConsortium()
    {
        var (_, _, partner, partnerLab, id) = await InvitedAsync();
        var before = await partner.Client.GetAsync($"/api/consortia/{id}");
        var invitations = await partner.Client.GetFromJsonAsync<JsonElement>("/api/me/invitations");

        var accepted = await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(id, Assert.Single(invitations.GetProperty("items").EnumerateArray()).GetProperty("consortium").GetProperty("consortiumId").GetString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var consortium = await partner.Client.GetFromJsonAsync<JsonElement>($"/api/consortia/{id}");
        Assert.Contains(consortium.GetProperty("members").EnumerateArray(), m => m.GetProperty("labId").GetString() == partnerLab && m.GetProperty("state").GetString() == "joined");
    }

    [Fact]
    public async Task Invite_ByNonLead_Returns403()
    {
        var (_, _, partner, partnerLab, id) = await InvitedAsync();
        await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);
        var third = await Person.SignUpAsync(server);
        var thirdLab = (await third.CreateLabAsync("第三のラボ")).GetProperty("id").GetString();

        var response = await partner.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = thirdLab });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Invite_Twice_Returns409AndUnknownLab404()
    {
        var (lead, _, _, partnerLab, id) = await InvitedAsync();

        var again = await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = partnerLab });
        var unknown = await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/invitations", new { labId = "no-such-lab" });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound), (again.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task Accept_ByLeadInsteadOfInvitedAdmin_Returns403()
    {
        var (lead, _, _, partnerLab, id) = await InvitedAsync();

        var response = await lead.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Decline_ByInvitedAdmin_LeavesConsortiumClosed()
    {
        var (_, _, partner, partnerLab, id) = await InvitedAsync();

        var declined = await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/decline", null);
        var again = await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (declined.StatusCode, again.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.Client.GetAsync($"/api/consortia/{id}")).StatusCode);
    }

    [Fact]
    public async Task Get_Unknown_Returns404AndOutsider403()
    {
        var (_, _, _, _, id) = await InvitedAsync();
        var outsider = await Person.SignUpAsync(server);

        var unknown = await outsider.Client.GetAsync("/api/consortia/no-such-consortium");
        var refused = await outsider.Client.GetAsync($"/api/consortia/{id}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (unknown.StatusCode, refused.StatusCode));
        Assert.DoesNotContain("仙北市ラボ", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HandOverThenLeave_OldLeadLeaves()
    {
        var (lead, leadLab, partner, partnerLab, id) = await InvitedAsync();
        await partner.Client.PostAsync($"/api/consortia/{id}/invitations/{partnerLab}/accept", null);

        var leaveAsLead = await lead.Client.PostAsync($"/api/consortia/{id}/members/{leadLab}/leave", null);
        var handOver = await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/lead", new { labId = partnerLab });
        var leave = await lead.Client.PostAsync($"/api/consortia/{id}/members/{leadLab}/leave", null);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.OK), (leaveAsLead.StatusCode, handOver.StatusCode, leave.StatusCode));
        var consortium = await partner.Client.GetFromJsonAsync<JsonElement>($"/api/consortia/{id}");
        Assert.Equal(partnerLab, consortium.GetProperty("leadLabId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.Client.GetAsync($"/api/consortia/{id}")).StatusCode);
    }

    [Fact]
    public async Task Status_LeadMovesOnButOnlyOperatorSetsOutcome()
    {
        var (lead, _, _, _, id) = await InvitedAsync();

        var drafting = await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/status", new { status = "drafting" });
        var submitted = await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/status", new { status = "submitted" });
        var selected = await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/status", new { status = "selected" });
        var nonsense = await lead.Client.PostAsJsonAsync($"/api/consortia/{id}/status", new { status = "won" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest],
            new[] { drafting.StatusCode, submitted.StatusCode, selected.StatusCode, nonsense.StatusCode });
    }

    [Fact]
    public async Task Thread_OfConsortium_OnlyJoinedLabsPost()
    {
        var (lead, _, partner, _, id) = await InvitedAsync();
        var threadId = (await lead.Client.GetFromJsonAsync<JsonElement>($"/api/consortia/{id}")).GetProperty("threadId").GetString();

        var byLead = await lead.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = "よろしくお願いします" });
        var byInvited = await partner.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = "まだ招待中" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Forbidden), (byLead.StatusCode, byInvited.StatusCode));
    }
}
