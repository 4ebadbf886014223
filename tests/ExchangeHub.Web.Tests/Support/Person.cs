using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>A signed-in person with their own cookie jar.</summary>
public sealed record Person(HttpClient Client, CookieContainer Cookies, string Id, string Email, string DisplayName, string Password)
{
    public static async Task<Person> SignUpAsync(HubServer server, string? displayName = null)
    {
        var cookies = new CookieContainer();
        var client = server.NewClient(cookies);
        var email = $"p{Guid.NewGuid():N}@example.jp";
        var name = displayName ?? "テスト 利用者";
        const string Password = "correct-horse-battery";
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName = name });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Person(client, cookies, body.GetProperty("id").GetString() ?? "", email, name, Password);
    }

    public async Task<JsonElement> CreateLabAsync(string name = "仙北市地域DX推進ラボ")
    {
        var response = await Client.PostAsJsonAsync("/api/labs", Samples.Lab(name));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> StartThreadAsync(string space = "public", string title = "農業用ドローンの保険について", string body = "皆さんの地域ではどうしていますか?")
    {
        var response = await Client.PostAsJsonAsync("/api/threads", new { space, title, body });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> PostAsync(string threadId, string body, long? replyTo = null, string? clientId = null)
    {
        var response = await Client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body, replyTo, clientId });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> FormConsortiumAsync(string leadLabId, string name = "秋田・岩手ドローン物流連携", DateTimeOffset? deadline = null)
    {
        var response = await Client.PostAsJsonAsync("/api/consortia", new { name, purpose = "中山間地のドローン物流を共同で申請する", leadLabId, deadline });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> HandleAsync() =>
        (await Client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("handle").GetString() ?? "";

    public async Task<JsonElement> PublishCaseStudyAsync(string labId, string title = "ドローンで農薬散布を省力化")
    {
        var response = await Client.PostAsJsonAsync($"/api/labs/{labId}/case-studies", Samples.CaseStudy(title));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
