using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class CaseStudyApiTests(HubServer server)
{
    [Fact]
    public async Task Create_ByMember_Returns201WithRenderedHtml()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString() ?? "";

        var response = await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/case-studies", Samples.CaseStudy());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, created.GetProperty("revision").GetInt32());
        Assert.Equal(labId, created.GetProperty("labId").GetString());
        Assert.Contains("<h3>背景</h3>", created.GetProperty("html").GetString());
        Assert.False(string.IsNullOrEmpty(created.GetProperty("threadId").GetString()));
    }

    [Fact]
    public async Task Create_ByNonMember_Returns403()
    {
        var admin = await Person.SignUpAsync(server);
        var stranger = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString();

        var response = await stranger.Client.PostAsJsonAsync($"/api/labs/{labId}/case-studies", Samples.CaseStudy());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var list = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/labs/{labId}/case-studies");
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Create_Anonymous_Returns401()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString();

        var response = await server.NewClient().PostAsJsonAsync($"/api/labs/{labId}/case-studies", Samples.CaseStudy());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_UnknownLab_Returns404()
    {
        var person = await Person.SignUpAsync(server);

        var response = await person.Client.PostAsJsonAsync("/api/labs/no-such-lab/case-studies", Samples.CaseStudy());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Create_EmptyTitle_Returns400WithFieldError()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString();

        var response = await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/case-studies", new { title = "", summary = "", body = "", themes = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.True(errors.TryGetProperty("body", out _));
    }

    [Fact]
    public async Task Update_ByMember_IncrementsRevisionAndKeepsHistory()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        var id = (await admin.PublishCaseStudyAsync(labId, "初版")).GetProperty("id").GetString();

        var response = await admin.Client.PutAsJsonAsync($"/api/case-studies/{id}", Samples.CaseStudy("第二版"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var latest = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/case-studies/{id}");
        Assert.Equal(2, latest.GetProperty("revision").GetInt32());
        Assert.Equal("第二版", latest.GetProperty("title").GetString());
        var first = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/case-studies/{id}/revisions/1");
        Assert.Equal("初版", first.GetProperty("fields").GetProperty("title").GetString());
        var list = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/labs/{labId}/case-studies");
        Assert.Equal("第二版", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Update_ByNonMember_Returns403AndKeepsRevision()
    {
        var admin = await Person.SignUpAsync(server);
        var stranger = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        var id = (await admin.PublishCaseStudyAsync(labId)).GetProperty("id").GetString();

        var response = await stranger.Client.PutAsJsonAsync($"/api/case-studies/{id}", Samples.CaseStudy("改ざん"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var latest = await server.NewClient().GetFromJsonAsync<JsonElement>($"/api/case-studies/{id}");
        Assert.Equal(1, latest.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Get_UnknownCaseStudy_Returns404()
    {
        var response = await server.NewClient().GetAsync("/api/case-studies/no-such-case");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Update_UnknownCaseStudy_Returns404()
    {
        var person = await Person.SignUpAsync(server);

        var response = await person.Client.PutAsJsonAsync("/api/case-studies/no-such-case", Samples.CaseStudy());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Create_ScriptInBody_StoresNoScript()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString();
        var payload = new { title = "XSS", summary = "", body = "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>", themes = Array.Empty<string>() };

        var created = await (await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/case-studies", payload)).Content.ReadFromJsonAsync<JsonElement>();

        var html = created.GetProperty("html").GetString() ?? "";
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?i)href\s*=\s*""?\s*javascript", html);
        Assert.DoesNotMatch(@"(?i)<[^>]*\son\w+\s*=", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
