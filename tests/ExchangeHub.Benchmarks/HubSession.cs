using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExchangeHub.Benchmarks;

/// <summary>A signed-in person on the hub, with HttpClient and cookies, who starts threads and posts in them.</summary>
public sealed class HubSession : IDisposable
{
    private HubSession(HttpClient client, CookieContainer cookies, string userId)
    {
        Client = client;
        Cookies = cookies;
        UserId = userId;
    }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    public string UserId { get; }

    public static async Task<HubSession> SignUpAsync(Uri hub)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, MaxConnectionsPerServer = 256 }) { BaseAddress = hub, Timeout = TimeSpan.FromSeconds(30) };
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = $"bench{Guid.NewGuid():N}@example.jp", password = "benchmark-password", displayName = "計測" });
        response.EnsureSuccessStatusCode();
        var me = await (await client.GetAsync("/api/me")).Content.ReadFromJsonAsync<JsonElement>();
        return new HubSession(client, cookies, me.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "");
    }

    /// <summary>The same person's client for another node of a cluster.</summary>
    public HttpClient ClientFor(Uri node) =>
        new(new SocketsHttpHandler { CookieContainer = Cookies, MaxConnectionsPerServer = 256 }) { BaseAddress = node, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<string> StartThreadAsync(string title)
    {
        var response = await Client.PostAsJsonAsync("/api/threads", new { space = "public", title, body = "計測用のスレッドです。" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() ?? "";
    }

    public void Dispose() => Client.Dispose();
}
