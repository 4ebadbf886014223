using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class PartnerApiTests(HubServer server)
{
    private static object Lab(string name, string prefecture, string[] needs, string[] offers) => new
    {
        name,
        prefecture,
        municipality = "市",
        programme = "dx",
        themes = new[] { "agriculture" },
        needs,
        offers,
        vision = "",
    };

    private static async Task<string> CreateLabAsync(Person person, object lab)
    {
        var response = await person.Client.PostAsJsonAsync("/api/labs", lab);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() ?? "";
    }

    private async Task<(Person Asker, string AskingLab, Person Asked, string AskedLab)> TwoLabsAsync()
    {
        var asker = await Person.SignUpAsync(server, "仙北 一郎");
        var asked = await Person.SignUpAsync(server, "遠野 花子");
        return (asker, (await asker.CreateLabAsync("仙北市ラボ")).GetProperty("id").GetString() ?? "",
            asked, (await asked.CreateLabAsync("遠野市ラボ")).GetProperty("id").GetString() ?? "");
    }

    private static async Task<JsonElement> AskAsync(Person asker, string from, string to, string? consortiumId = null)
    {
        var response = await asker.Client.PostAsJsonAsync("/api/partnership-requests", new { fromLabId = from, toLabId = to, message = "ドローン物流で一緒に申請しませんか", consortiumId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Recommendations_ForMember_RankedWithReasons_ExcludingItselfAndConsortiumPartners()
    {
        var me = await Person.SignUpAsync(server);
        var token = Guid.NewGuid().ToString("N")[..8];
        var mine = await CreateLabAsync(me, Lab($"私のラボ{token}", "05", [$"ドローン操縦者の育成{token}"], []));
        var helper = await CreateLabAsync(me, Lab($"助けるラボ{token}", "03", [], [$"ドローン操縦者の育成{token}講座"]));
        var partner = await CreateLabAsync(me, Lab($"既に仲間{token}", "03", [], [$"ドローン操縦者の育成{token}講座"]));
        var consortium = (await me.FormConsortiumAsync(mine)).GetProperty("id").GetString();
        await me.Client.PostAsJsonAsync($"/api/consortia/{consortium}/invitations", new { labId = partner });
        await me.Client.PostAsync($"/api/consortia/{consortium}/invitations/{partner}/accept", null);

        var answer = await Eventually.GetAsync(me.Client, $"/api/labs/{mine}/partner-recommendations?take=50",
            found => !found.GetProperty("items").EnumerateArray().Any(r => r.GetProperty("labId").GetString() == partner));

        var items = answer.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(helper, items[0].GetProperty("labId").GetString());
        Assert.Equal("岩手県", items[0].GetProperty("prefectureName").GetString());
        Assert.Contains(items[0].GetProperty("reasons").EnumerateArray(), r => r.GetString() == $"あなたの課題『ドローン操縦者の育成{token}』に対し、相手は『ドローン操縦者の育成{token}講座』を提供");
        Assert.DoesNotContain(items, r => r.GetProperty("labId").GetString() == mine);
        Assert.True(items.Zip(items.Skip(1)).All(pair => pair.First.GetProperty("score").GetDouble() >= pair.Second.GetProperty("score").GetDouble()));
    }

    [Fact]
    public async Task Recommendations_OutsiderAnonymousAndUnknown_AreRefused()
    {
        var (_, askingLab, outsider, _) = await TwoLabsAsync();

        var byOutsider = await outsider.Client.GetAsync($"/api/labs/{askingLab}/partner-recommendations");
        var anonymous = await server.NewClient().GetAsync($"/api/labs/{askingLab}/partner-recommendations");
        var unknown = await outsider.Client.GetAsync("/api/labs/no-such-lab/partner-recommendations?farAway=true");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound), (byOutsider.StatusCode, anonymous.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task Accept_FoundsConsortiumLedByAskingLabWithAskedLabJoined()
    {
        var (asker, askingLab, asked, askedLab) = await TwoLabsAsync();
        var request = await AskAsync(asker, askingLab, askedLab);
        var id = request.GetProperty("id").GetString();

        var received = await asked.Client.GetFromJsonAsync<JsonElement>("/api/me/partnership-requests");
        var accepted = await asked.Client.PostAsync($"/api/partnership-requests/{id}/accept", null);

        var item = Assert.Single(received.GetProperty("items").EnumerateArray());
        Assert.Equal((true, true, "pending"), (item.GetProperty("received").GetBoolean(), item.GetProperty("canAnswer").GetBoolean(), item.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var answer = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", answer.GetProperty("status").GetString());
        var consortium = await asked.Client.GetFromJsonAsync<JsonElement>($"/api/consortia/{answer.GetProperty("resultConsortiumId").GetString()}");
        Assert.Equal(askingLab, consortium.GetProperty("leadLabId").GetString());
        Assert.Equal(new[] { askingLab, askedLab }.Order(), consortium.GetProperty("members").EnumerateArray()
            .Where(m => m.GetProperty("state").GetString() == "joined").Select(m => m.GetProperty("labId").GetString()).Order());
    }

    [Fact]
    public async Task Accept_WithConsortiumNamed_AskedLabJoinsThatConsortium()
    {
        var (asker, askingLab, asked, askedLab) = await TwoLabsAsync();
        var existing = (await asker.FormConsortiumAsync(askingLab)).GetProperty("id").GetString();
        var id = (await AskAsync(asker, askingLab, askedLab, existing)).GetProperty("id").GetString();

        var answer = await (await asked.Client.PostAsync($"/api/partnership-requests/{id}/accept", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(existing, answer.GetProperty("resultConsortiumId").GetString());
        var consortium = await asked.Client.GetFromJsonAsync<JsonElement>($"/api/consortia/{existing}");
        Assert.Contains(consortium.GetProperty("members").EnumerateArray(), m => m.GetProperty("labId").GetString() == askedLab && m.GetProperty("state").GetString() == "joined");
    }

    [Fact]
    public async Task Decline_ThenAcceptAgain_Conflicts_AndAskerSeesDecline()
    {
        var (asker, askingLab, asked, askedLab) = await TwoLabsAsync();
        var id = (await AskAsync(asker, askingLab, askedLab)).GetProperty("id").GetString();

        var declined = await asked.Client.PostAsync($"/api/partnership-requests/{id}/decline", null);
        var again = await asked.Client.PostAsync($"/api/partnership-requests/{id}/accept", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (declined.StatusCode, again.StatusCode));
        var sent = Assert.Single((await asker.Client.GetFromJsonAsync<JsonElement>("/api/me/partnership-requests")).GetProperty("items").EnumerateArray());
        Assert.Equal(("declined", false, false), (sent.GetProperty("status").GetString(), sent.GetProperty("received").GetBoolean(), sent.GetProperty("canAnswer").GetBoolean()));
    }

    [Fact]
    public async Task Request_Refusals_NonAdminSelfDuplicateAndUnknown()
    {
        var (asker, askingLab, asked, askedLab) = await TwoLabsAsync();
        await AskAsync(asker, askingLab, askedLab);

        var byNonAdmin = await asked.Client.PostAsJsonAsync("/api/partnership-requests", new { fromLabId = askingLab, toLabId = askedLab });
        var toItself = await asker.Client.PostAsJsonAsync("/api/partnership-requests", new { fromLabId = askingLab, toLabId = askingLab });
        var duplicate = await asker.Client.PostAsJsonAsync("/api/partnership-requests", new { fromLabId = askingLab, toLabId = askedLab });
        var reverse = await asked.Client.PostAsJsonAsync("/api/partnership-requests", new { fromLabId = askedLab, toLabId = askingLab });
        var unknown = await asker.Client.PostAsJsonAsync("/api/partnership-requests", new { fromLabId = askingLab, toLabId = "no-such-lab" });
        var missing = await asker.Client.PostAsJsonAsync("/api/partnership-requests", new { toLabId = askedLab });
        var anonymous = await server.NewClient().PostAsJsonAsync("/api/partnership-requests", new { fromLabId = askingLab, toLabId = askedLab });

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized],
            new[] { byNonAdmin.StatusCode, toItself.StatusCode, duplicate.StatusCode, reverse.StatusCode, unknown.StatusCode, missing.StatusCode, anonymous.StatusCode });
    }

    [Fact]
    public async Task Request_ConsortiumNotLedByAskingLab_Returns400()
    {
        var (asker, askingLab, asked, askedLab) = await TwoLabsAsync();
        var theirs = (await asked.FormConsortiumAsync(askedLab)).GetProperty("id").GetString();

        var response = await asker.Client.PostAsJsonAsync("/api/partnership-requests", new { fromLabId = askingLab, toLabId = askedLab, consortiumId = theirs });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("consortiumId", out _));
    }

    [Fact]
    public async Task Answer_ByAskerOrStranger_Returns403_UnknownRequest404()
    {
        var (asker, askingLab, _, askedLab) = await TwoLabsAsync();
        var stranger = await Person.SignUpAsync(server);
        var id = (await AskAsync(asker, askingLab, askedLab)).GetProperty("id").GetString();

        var byAsker = await asker.Client.PostAsync($"/api/partnership-requests/{id}/accept", null);
        var byStranger = await stranger.Client.PostAsync($"/api/partnership-requests/{id}/decline", null);
        var unknown = await stranger.Client.PostAsync("/api/partnership-requests/no-such-request/accept", null);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (byAsker.StatusCode, byStranger.StatusCode, unknown.StatusCode));
    }
}
