using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class LabApiTests(HubServer server)
{
    [Fact]
    public async Task Create_SignedIn_Returns201AndCallerIsAdmin()
    {
        var person = await Person.SignUpAsync(server);

        var response = await person.Client.PostAsJsonAsync("/api/labs", Samples.Lab());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var lab = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("秋田県", lab.GetProperty("prefectureName").GetString());
        Assert.Equal("tohoku", lab.GetProperty("region").GetString());
        Assert.Contains("<strong>ドローン</strong>", lab.GetProperty("visionHtml").GetString());
        var member = Assert.Single(lab.GetProperty("members").EnumerateArray());
        Assert.Equal("admin", member.GetProperty("role").GetString());
        var me = await person.Client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("admin", Assert.Single(me.GetProperty("labs").EnumerateArray()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Create_Anonymous_Returns401()
    {
        var response = await server.NewClient().PostAsJsonAsync("/api/labs", Samples.Lab());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_InvalidFields_Returns400WithFieldErrors()
    {
        var person = await Person.SignUpAsync(server);

        var response = await person.Client.PostAsJsonAsync("/api/labs", new
        {
            name = "",
            prefecture = "48",
            municipality = "仙北市",
            programme = "blockchain",
            themes = new[] { "no-such-theme" },
            needs = Array.Empty<string>(),
            offers = Array.Empty<string>(),
            vision = "",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("prefecture", out _));
        Assert.True(errors.TryGetProperty("programme", out _));
        Assert.True(errors.TryGetProperty("themes[0]", out _));
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400Problem()
    {
        var person = await Person.SignUpAsync(server);

        var response = await person.Client.PostAsync("/api/labs", new StringContent("{\"name\": [", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Create_OversizedBody_Returns413Problem()
    {
        var person = await Person.SignUpAsync(server);
        var huge = new string('あ', 400_000);

        var response = await person.Client.PostAsJsonAsync("/api/labs", new { name = "x", vision = huge });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_UnknownLab_Returns404()
    {
        var response = await server.NewClient().GetAsync("/api/labs/no-such-lab");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Update_ByAdmin_Returns200WithNewFields()
    {
        var admin = await Person.SignUpAsync(server);
        var lab = await admin.CreateLabAsync();
        var id = lab.GetProperty("id").GetString();

        var response = await admin.Client.PutAsJsonAsync($"/api/labs/{id}", Samples.Lab("仙北市スマート農業ラボ"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fetched = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/labs/{id}");
        Assert.Equal("仙北市スマート農業ラボ", fetched.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_ByNonMember_Returns403AndChangesNothing()
    {
        var admin = await Person.SignUpAsync(server);
        var stranger = await Person.SignUpAsync(server);
        var lab = await admin.CreateLabAsync();
        var id = lab.GetProperty("id").GetString();

        var response = await stranger.Client.PutAsJsonAsync($"/api/labs/{id}", Samples.Lab("乗っ取り"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var fetched = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/labs/{id}");
        Assert.Equal("仙北市地域DX推進ラボ", fetched.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_UnknownLab_Returns404()
    {
        var person = await Person.SignUpAsync(server);

        var response = await person.Client.PutAsJsonAsync("/api/labs/no-such-lab", Samples.Lab());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AddMember_ExistingUser_Returns201AndMembershipShows()
    {
        var admin = await Person.SignUpAsync(server);
        var colleague = await Person.SignUpAsync(server, "田中 一郎");
        var id = (await admin.CreateLabAsync()).GetProperty("id").GetString();

        var response = await admin.Client.PostAsJsonAsync($"/api/labs/{id}/members", new { email = colleague.Email, role = "member" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var me = await colleague.Client.GetFromJsonAsync<JsonElement>("/api/me");
        var membership = Assert.Single(me.GetProperty("labs").EnumerateArray());
        Assert.Equal(id, membership.GetProperty("labId").GetString());
        Assert.Equal("member", membership.GetProperty("role").GetString());
    }

    [Fact]
    public async Task AddMember_UnknownEmail_Returns404()
    {
        var admin = await Person.SignUpAsync(server);
        var id = (await admin.CreateLabAsync()).GetProperty("id").GetString();

        var response = await admin.Client.PostAsJsonAsync($"/api/labs/{id}/members", new { email = "nobody@example.jp", role = "member" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AddMember_ByPlainMember_Returns403()
    {
        var admin = await Person.SignUpAsync(server);
        var member = await Person.SignUpAsync(server);
        var id = (await admin.CreateLabAsync()).GetProperty("id").GetString();
        await admin.Client.PostAsJsonAsync($"/api/labs/{id}/members", new { email = member.Email, role = "member" });

        var response = await member.Client.PostAsJsonAsync($"/api/labs/{id}/members", new { email = member.Email, role = "admin" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AddMember_InvalidRole_Returns400()
    {
        var admin = await Person.SignUpAsync(server);
        var id = (await admin.CreateLabAsync()).GetProperty("id").GetString();

        var response = await admin.Client.PostAsJsonAsync($"/api/labs/{id}/members", new { email = admin.Email, role = "owner" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task List_FilteredByTextAndPrefecture_FindsTheLab()
    {
        var admin = await Person.SignUpAsync(server);
        var unique = $"ラボ{Guid.NewGuid():N}";
        await admin.CreateLabAsync(unique);

        var found = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/labs?q={unique}&prefecture=05&region=tohoku&theme=agriculture");
        var missed = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/labs?q={unique}&prefecture=13");

        Assert.Equal(unique, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(0, missed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Create_CrossSiteOrigin_Returns403()
    {
        var person = await Person.SignUpAsync(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/labs") { Content = JsonContent.Create(Samples.Lab()) };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await person.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RemoveMember_ByAdmin_Returns200AndMembershipGoes()
    {
        var admin = await Person.SignUpAsync(server);
        var member = await Person.SignUpAsync(server);
        var id = (await admin.CreateLabAsync()).GetProperty("id").GetString();
        await admin.Client.PostAsJsonAsync($"/api/labs/{id}/members", new { email = member.Email, role = "member" });

        var response = await admin.Client.DeleteAsync($"/api/labs/{id}/members/{member.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await member.Client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(0, me.GetProperty("labs").GetArrayLength());
    }

    [Fact]
    public async Task RemoveMember_ByPlainMember_Returns403()
    {
        var admin = await Person.SignUpAsync(server);
        var member = await Person.SignUpAsync(server);
        var id = (await admin.CreateLabAsync()).GetProperty("id").GetString();
        await admin.Client.PostAsJsonAsync($"/api/labs/{id}/members", new { email = member.Email, role = "member" });

        var response = await member.Client.DeleteAsync($"/api/labs/{id}/members/{admin.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RemoveMember_LastAdmin_Returns409()
    {
        var admin = await Person.SignUpAsync(server);
        var id = (await admin.CreateLabAsync()).GetProperty("id").GetString();

        var response = await admin.Client.DeleteAsync($"/api/labs/{id}/members/{admin.Id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
