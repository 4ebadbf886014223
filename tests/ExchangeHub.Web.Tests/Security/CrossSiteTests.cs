using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Security;

public sealed class CrossSiteTests(HubServer server)
{
    private const string Foreign = "https://evil.example";

    [Fact]
    public async Task SignUp_AuthCookie_IsHttpOnlyAndSameSiteLax()
    {
        var cookie = await AuthCookieAsync(server);

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_RefusedAndNothingPosted()
    {
        var person = await Person.SignUpAsync(server);
        var thread = (await person.StartThreadAsync()).GetProperty("id").GetString();

        var response = await person.Client.PostAsync($"/threads/{thread}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Body"] = "偽のフォームからの投稿",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var posts = await person.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{thread}/posts");
        Assert.DoesNotContain(posts.GetProperty("items").EnumerateArray(), post => post.GetProperty("body").GetString() == "偽のフォームからの投稿");
    }

    [Theory]
    [InlineData(Foreign)]
    [InlineData("null")]
    [InlineData("http://127.0.0.1.evil.example")]
    public async Task FetchPost_ToApiFromForeignOrigin_Returns403AndChangesNothing(string origin)
    {
        var person = await Person.SignUpAsync(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/threads")
        {
            Content = JsonContent.Create(new { space = "public", title = "外部サイトからのスレッド", body = "本文" }),
        };
        request.Headers.Add("Origin", origin);

        var response = await person.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task FormPost_ToPageHandlerFromForeignOrigin_Returns403()
    {
        var person = await Person.SignUpAsync(server);
        var thread = (await person.StartThreadAsync()).GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/threads/{thread}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Body"] = "外部サイトからの投稿" }),
        };
        request.Headers.Add("Origin", Foreign);

        var response = await person.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Negotiate_FromForeignOrigin_Returns403()
    {
        var person = await Person.SignUpAsync(server);

        var foreign = await NegotiateAsync(person.Client, Foreign);
        var own = await NegotiateAsync(person.Client, server.BaseAddress.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    internal static async Task<string> AuthCookieAsync(HubServer hub)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = hub.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = $"c{Guid.NewGuid():N}@example.jp", password = "correct-horse-battery", displayName = "クッキー 試験" });
        response.EnsureSuccessStatusCode();
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("exchangehub.auth=", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> NegotiateAsync(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/exchange/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);
        return client.SendAsync(request);
    }
}
