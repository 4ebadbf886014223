using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>A signed-up person: one cookie jar that every node accepts.</summary>
public sealed class Member(CookieContainer cookies, string email, string password)
{
    public const string Password = "cluster-test-password";

    public CookieContainer Cookies { get; } = cookies;

    public string Email { get; } = email;

    public string PasswordUsed { get; } = password;

    public static async Task<Member> SignUpAsync(HubNode node)
    {
        var cookies = new CookieContainer();
        var email = $"c{Guid.NewGuid():N}@example.jp";
        using var client = node.Client(cookies);
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName = "クラスタ 試験" });
        response.EnsureSuccessStatusCode();
        return new Member(cookies, email, Password);
    }

    public async Task<string> StartThreadAsync(HubNode node, string title = "クラスタの試験スレッド")
    {
        using var client = node.Client(Cookies);
        var response = await client.PostAsJsonAsync("/api/threads", new { space = "public", title, body = "最初の投稿" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() ?? "";
    }

    /// <summary>Every post of a thread, oldest first, read page by page.</summary>
    public async Task<List<PostDto>> ReadAllPostsAsync(HubNode node, string threadId)
    {
        using var client = node.Client(Cookies);
        var posts = new List<PostDto>();
        while (true)
        {
            var page = await client.GetFromJsonAsync<PostPageDto>($"/api/threads/{threadId}/posts?after={posts.Count}&limit=500");
            if (page is null || page.Items.Count == 0)
            {
                return posts;
            }

            posts.AddRange(page.Items);
        }
    }
}

public sealed record PostDto(long Seq, string Id, string Body);

public sealed record PostPageDto(IReadOnlyList<PostDto> Items, long LastSeq);
