using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;
using static ExchangeHub.Web.Tests.Support.MentorDesk;

namespace ExchangeHub.Web.Tests.Api;

public sealed class MentorApiTests(HubServer server)
{
    [Fact]
    public async Task PutMe_ValidProfile_MakesTheCallerAMentorInTheDirectory()
    {
        var person = await Person.SignUpAsync(server, "森 メンター");

        var saved = await person.BecomeMentorAsync(["agriculture", "logistics"], capacity: 2);
        var directory = await person.Client.GetFromJsonAsync<JsonElement>("/api/mentors?theme=logistics");
        var profile = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/mentors/{person.Id}");

        Assert.Equal((true, 2), (saved.GetProperty("onDuty").GetBoolean(), saved.GetProperty("capacity").GetInt32()));
        Assert.Contains("<strong>農業DX</strong>", saved.Text("bioHtml"));
        Assert.Contains(directory.GetProperty("items").EnumerateArray(), m => m.Text("userId") == person.Id);
        Assert.Equal(0, profile.GetProperty("stats").GetProperty("answeredCount").GetInt32());
    }

    [Fact]
    public async Task PutMe_UnknownThemeOrAnonymous_Returns400And401()
    {
        var person = await Person.SignUpAsync(server);

        var invalid = await person.Client.PutAsJsonAsync("/api/mentors/me", new { expertise = new[] { "alchemy" }, bio = "", onDuty = true });
        var anonymous = await server.NewClient().PutAsJsonAsync("/api/mentors/me", new { expertise = new[] { "agriculture" }, bio = "", onDuty = true });
        var notMentor = await person.Client.GetAsync("/api/mentors/me");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("expertise[0]", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notMentor.StatusCode);
    }

    [Fact]
    public async Task Open_ByLabMember_Returns201OpenWithAThreadThatHoldsTheBody()
    {
        var member = await Person.SignUpAsync(server, "佐藤 花子");

        var (labId, request) = await member.LabWithRequestAsync(["agriculture"]);
        var posts = await member.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{request.Text("threadId")}/posts");
        var read = await member.Client.GetFromJsonAsync<JsonElement>($"/api/mentor-requests/{request.Id()}");

        Assert.Equal("open", request.Text("status"));
        Assert.Equal(labId, read.Text("labId"));
        Assert.Contains("<strong>飛行許可</strong>", posts.GetProperty("items")[0].Text("html"));
        Assert.Equal(request.Text("threadId"), read.Text("threadId"));
        Assert.True(read.GetProperty("canResolve").GetBoolean());
    }

    [Fact]
    public async Task Open_OutsiderUnknownLabOrBadFields_Returns403And404And400()
    {
        var member = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var labId = (await member.CreateLabAsync()).Id();
        object Body(string lab, string urgency = "normal", string[]? themes = null) =>
            new { labId = lab, title = "相談", body = "本文", themes = themes ?? ["agriculture"], urgency };

        var forbidden = await outsider.Client.PostAsJsonAsync("/api/mentor-requests", Body(labId));
        var unknown = await member.Client.PostAsJsonAsync("/api/mentor-requests", Body("no-such-lab"));
        var badUrgency = await member.Client.PostAsJsonAsync("/api/mentor-requests", Body(labId, "asap"));
        var noThemes = await member.Client.PostAsJsonAsync("/api/mentor-requests", Body(labId, themes: []));
        var anonymous = await server.NewClient().PostAsJsonAsync("/api/mentor-requests", Body(labId));

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized],
            new[] { forbidden.StatusCode, unknown.StatusCode, badUrgency.StatusCode, noThemes.StatusCode, anonymous.StatusCode });
    }

    [Fact]
    public async Task Open_NoMentorOnDutyForTheTheme_TellsTheRequesterAndTheOperator()
    {
        // Fisheries is left without mentors on duty throughout these tests.
        var member = await Person.SignUpAsync(server);
        var bystander = await Person.SignUpAsync(server);
        var operatorPerson = await OperatorAsync(server);

        var (_, request) = await member.LabWithRequestAsync(["fisheries"]);
        var unserved = await operatorPerson.Client.GetFromJsonAsync<JsonElement>("/api/mentor-desk/unserved");
        var refused = await bystander.Client.GetAsync("/api/mentor-desk/unserved");

        Assert.Equal(0, request.GetProperty("mentorsTold").GetInt32());
        Assert.Equal(["fisheries"], request.GetProperty("unservedThemes").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains(unserved.GetProperty("items").EnumerateArray(), e => e.Text("requestId") == request.Id());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Get_OutsiderUnknownAnonymousAndWaitingForMentor_AnswersByWhoAsks()
    {
        var member = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var mentor = await MentorAsync(server, "小林 メンター", ["tourism"]);
        var (_, request) = await member.LabWithRequestAsync(["tourism"]);

        var refused = await outsider.Client.GetAsync($"/api/mentor-requests/{request.Id()}");
        var unknown = await member.Client.GetAsync("/api/mentor-requests/no-such-request");
        var anonymous = await server.NewClient().GetAsync($"/api/mentor-requests/{request.Id()}");
        var byMentor = await mentor.Client.GetFromJsonAsync<JsonElement>($"/api/mentor-requests/{request.Id()}");
        var threadByMentor = await mentor.Client.GetAsync($"/api/threads/{request.Text("threadId")}/posts");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden],
            new[] { refused.StatusCode, unknown.StatusCode, anonymous.StatusCode, threadByMentor.StatusCode });
        Assert.True(byMentor.GetProperty("canClaim").GetBoolean());
        Assert.False(byMentor.GetProperty("canReadThread").GetBoolean());
    }

    [Fact]
    public async Task Claim_TwoMentorsAtOnce_OneGets200AndTheOther409()
    {
        var member = await Person.SignUpAsync(server);
        var first = await MentorAsync(server, "一 メンター", ["logistics"]);
        var second = await MentorAsync(server, "二 メンター", ["logistics"]);
        var (_, request) = await member.LabWithRequestAsync(["logistics"]);

        var claims = await Task.WhenAll(
            first.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null),
            second.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], claims.Select(c => c.StatusCode).Order());
        var winner = await claims.Single(c => c.IsSuccessStatusCode).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("claimed", winner.Text("status"));
    }

    [Fact]
    public async Task Claim_NotAMentorOrUnknown_Returns403And404()
    {
        var member = await Person.SignUpAsync(server);
        var (_, request) = await member.LabWithRequestAsync(["education"]);
        var mentor = await MentorAsync(server, "三 メンター", ["education"]);

        var notMentor = await member.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null);
        var unknown = await mentor.Client.PostAsync("/api/mentor-requests/no-such-request/claim", null);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (notMentor.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task ClaimAnswerResolve_RequesterRates_MentorStatsShowTheAnswerAndRating()
    {
        var member = await Person.SignUpAsync(server);
        var mentor = await MentorAsync(server, "四 メンター", ["healthcare"]);
        var (_, request) = await member.LabWithRequestAsync(["healthcare"]);
        (await mentor.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null)).EnsureSuccessStatusCode();

        await mentor.PostAsync(request.Text("threadId"), "許可は国交省のDIPSで申請しました。");
        var answered = await Eventually.GetAsync(member.Client, $"/api/mentor-requests/{request.Id()}", r => r.Text("status") == "answered");
        var badRating = await member.Client.PostAsJsonAsync($"/api/mentor-requests/{request.Id()}/resolve", new { rating = 6 });
        var byMentor = await mentor.Client.PostAsJsonAsync($"/api/mentor-requests/{request.Id()}/resolve", new { rating = 5 });
        var resolved = await member.Client.PostAsJsonAsync($"/api/mentor-requests/{request.Id()}/resolve", new { rating = 4, comment = "助かりました" });
        var stats = (await member.Client.GetFromJsonAsync<JsonElement>($"/api/mentors/{mentor.Id}")).GetProperty("stats");

        Assert.NotNull(answered.GetProperty("firstAnswerAt").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.OK), (badRating.StatusCode, byMentor.StatusCode, resolved.StatusCode));
        Assert.Equal("resolved", (await resolved.Content.ReadFromJsonAsync<JsonElement>()).Text("status"));
        Assert.Equal((1, 4.0), (stats.GetProperty("answeredCount").GetInt32(), stats.GetProperty("averageRating").GetDouble()));
    }

    [Fact]
    public async Task Resolve_ClaimingMentorWhoIsInTheLab_CannotRateThemselves()
    {
        var admin = await Person.SignUpAsync(server);
        var mentor = await MentorAsync(server, "五 メンター", ["government"]);
        var (labId, request) = await admin.LabWithRequestAsync(["government"]);
        (await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/members", new { email = mentor.Email, role = "member" })).EnsureSuccessStatusCode();
        (await mentor.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null)).EnsureSuccessStatusCode();

        var selfRated = await mentor.Client.PostAsJsonAsync($"/api/mentor-requests/{request.Id()}/resolve", new { rating = 5 });

        Assert.Equal(HttpStatusCode.Forbidden, selfRated.StatusCode);
    }

    [Fact]
    public async Task Cancel_ByRequesterAndByOutsider_Returns200And403ThenResolve409()
    {
        var member = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var (_, request) = await member.LabWithRequestAsync(["retail"]);

        var refused = await outsider.Client.PostAsync($"/api/mentor-requests/{request.Id()}/cancel", null);
        var cancelled = await member.Client.PostAsync($"/api/mentor-requests/{request.Id()}/cancel", null);
        var resolveAfter = await member.Client.PostAsJsonAsync($"/api/mentor-requests/{request.Id()}/resolve", new { });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Conflict), (refused.StatusCode, cancelled.StatusCode, resolveAfter.StatusCode));
    }

    [Fact]
    public async Task Mine_RequesterAndMentor_EachSeeTheirSide()
    {
        var member = await Person.SignUpAsync(server);
        var mentor = await MentorAsync(server, "六 メンター", ["ageing"]);
        var (_, request) = await member.LabWithRequestAsync(["ageing"]);
        (await mentor.Client.PostAsync($"/api/mentor-requests/{request.Id()}/claim", null)).EnsureSuccessStatusCode();

        var ofMember = await member.Client.GetFromJsonAsync<JsonElement>("/api/mentor-requests/mine");
        var ofMentor = await mentor.Client.GetFromJsonAsync<JsonElement>("/api/mentor-requests/mine");
        var anonymous = await server.NewClient().GetAsync("/api/mentor-requests/mine");

        Assert.Contains(ofMember.GetProperty("ofMyLabs").EnumerateArray(), r => r.Id() == request.Id() && r.Text("status") == "claimed");
        Assert.Contains(ofMentor.GetProperty("asMentor").EnumerateArray(), r => r.Id() == request.Id());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Desk_MentorSeesMatchingRequestsFirstAndOthersAreRefused()
    {
        var member = await Person.SignUpAsync(server);
        var mentor = await MentorAsync(server, "七 メンター", ["disaster-prevention"]);
        var (_, request) = await member.LabWithRequestAsync(["disaster-prevention"], "high");

        var desk = await mentor.Client.GetFromJsonAsync<JsonElement>("/api/mentor-desk");
        var notMentor = await member.Client.GetAsync("/api/mentor-desk");
        var anonymous = await server.NewClient().GetAsync("/api/mentor-desk");

        var first = desk.GetProperty("items")[0];
        Assert.True(first.GetProperty("matches").GetInt32() > 0);
        Assert.Contains(desk.GetProperty("items").EnumerateArray(), e => e.Id() == request.Id());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (notMentor.StatusCode, anonymous.StatusCode));
    }

    [Fact]
    public async Task Seen_ByMentor_CountsOnceAndNonMentorIsRefused()
    {
        var member = await Person.SignUpAsync(server);
        var mentor = await MentorAsync(server, "八 メンター", ["childcare"]);
        var (_, request) = await member.LabWithRequestAsync(["childcare"]);

        await mentor.Client.PostAsync($"/api/mentor-requests/{request.Id()}/seen", null);
        var again = await mentor.Client.PostAsync($"/api/mentor-requests/{request.Id()}/seen", null);
        var byMember = await member.Client.PostAsync($"/api/mentor-requests/{request.Id()}/seen", null);

        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seenCount").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
    }
}
