using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Security;

public sealed class RateLimitTests(LimitedHubServer server) : IClassFixture<LimitedHubServer>
{
    [Fact]
    public async Task SignUp_OverTheLimitFromOneAddress_Returns429ProblemWithRetryAfter()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage response;
        do
        {
            response = await server.NewClient().PostAsJsonAsync("/api/auth/register", new { email = $"s{Guid.NewGuid():N}@example.jp", password = "correct-horse-battery", displayName = "登録 試験" });
            statuses.Add(response.StatusCode);
        }
        while (response.StatusCode == HttpStatusCode.Created && statuses.Count <= LimitedHubServer.SignUps);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Created, LimitedHubServer.SignUps).Append(HttpStatusCode.TooManyRequests), statuses);
        await AssertSlowDownAsync(response);
        var page = await server.NewClient().PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = $"s{Guid.NewGuid():N}@example.jp",
            ["Input.Password"] = "correct-horse-battery",
            ["Input.DisplayName"] = "登録 試験",
        }));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_OverTheBurst_Returns429ForThatPersonOnly()
    {
        var flooder = await server.PersonAsync();
        var other = await server.PersonAsync();
        var thread = (await flooder.StartThreadAsync()).GetProperty("id").GetString();
        HttpResponseMessage response;
        var writes = 1;
        do
        {
            response = await flooder.Client.PostAsJsonAsync($"/api/threads/{thread}/posts", new { body = $"投稿 {writes}" });
            writes++;
        }
        while (response.StatusCode == HttpStatusCode.Created && writes <= LimitedHubServer.WriteBurst + 2);

        await AssertSlowDownAsync(response);
        Assert.InRange(writes - 1, LimitedHubServer.WriteBurst, LimitedHubServer.WriteBurst + 2);
        var others = await other.Client.PostAsJsonAsync($"/api/threads/{thread}/posts", new { body = "別の人の投稿" });
        Assert.Equal(HttpStatusCode.Created, others.StatusCode);
    }

    [Fact]
    public async Task Search_OverTheLimit_Returns429ForThatPersonOnly()
    {
        var searcher = await server.PersonAsync();
        var other = await server.PersonAsync();
        HttpResponseMessage response;
        var searches = 0;
        do
        {
            response = await searcher.Client.GetAsync("/api/search?q=ドローン");
            searches++;
        }
        while (response.StatusCode == HttpStatusCode.OK && searches <= (2 * LimitedHubServer.Searches) + 1);

        await AssertSlowDownAsync(response);
        Assert.True(searches > LimitedHubServer.Searches, $"Refused after {searches} searches.");
        Assert.Equal(HttpStatusCode.OK, (await other.Client.GetAsync("/api/search?q=ドローン")).StatusCode);
    }

    [Fact]
    public async Task Login_AfterTheLockout_RightPasswordWorksAgain()
    {
        var person = await server.PersonAsync();
        var client = server.NewClient();
        for (var attempt = 0; attempt < LimitedHubServer.LoginAttempts; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = "wrong-password" })).StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = person.Password });
        server.AccountClock.Advance(LimitedHubServer.Lockout + TimeSpan.FromSeconds(1));
        var after = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = person.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.InRange(locked.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, LimitedHubServer.Lockout - TimeSpan.FromSeconds(1), LimitedHubServer.Lockout + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static async Task AssertSlowDownAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing.");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
