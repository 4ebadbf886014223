using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class AccountApiTests(HubServer server)
{
    [Fact]
    public async Task Register_NewEmail_Returns201AndSignsIn()
    {
        var person = await Person.SignUpAsync(server, "佐藤 花子");

        var me = await person.Client.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal(person.Id, me.GetProperty("id").GetString());
        Assert.Equal("佐藤 花子", me.GetProperty("displayName").GetString());
        Assert.Equal(0, me.GetProperty("labs").GetArrayLength());
    }

    [Fact]
    public async Task Register_InvalidFields_Returns400WithFieldErrors()
    {
        var client = server.NewClient();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "not-an-email", password = "short", displayName = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.True(errors.TryGetProperty("displayName", out _));
    }

    [Fact]
    public async Task Register_EmailTaken_Returns409()
    {
        var person = await Person.SignUpAsync(server);

        var response = await server.NewClient().PostAsJsonAsync(
            "/api/auth/register", new { email = person.Email.ToUpperInvariant(), password = "another-password", displayName = "別人" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Login_RightPassword_Returns200AndSignsIn()
    {
        var person = await Person.SignUpAsync(server);
        var client = server.NewClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = person.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401()
    {
        var person = await Person.SignUpAsync(server);

        var response = await server.NewClient().PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = "wrong-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_TooManyAttempts_Returns429WithRetryAfter()
    {
        var person = await Person.SignUpAsync(server);
        var client = server.NewClient();
        HttpResponseMessage response;
        var attempts = 0;

        do
        {
            response = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = "wrong-password" });
            attempts++;
        }
        while (response.StatusCode == HttpStatusCode.Unauthorized && attempts < 20);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(attempts <= 6, $"Throttled only after {attempts} attempts.");
    }

    [Fact]
    public async Task Login_RightPasswordManyTimes_NeverThrottled()
    {
        var person = await Person.SignUpAsync(server);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await server.NewClient().PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = person.Password })).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Me_Anonymous_Returns401()
    {
        var response = await server.NewClient().GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Logout_SignedIn_Returns204AndSignsOut()
    {
        var person = await Person.SignUpAsync(server);

        var response = await person.Client.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await person.Client.GetAsync("/api/me")).StatusCode);
    }
}
