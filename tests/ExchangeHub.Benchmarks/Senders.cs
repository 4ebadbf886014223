using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExchangeHub.Benchmarks;

/// <summary>Something that makes one message reach a group: a post to a thread, or a bare broadcast of the same shape.</summary>
public delegate Task<HttpStatusCode> Send(string marker);

public static class Senders
{
    // About the length of a short chat post, in Japanese as most posts are.
    public const string Filler = "地域の実証について、来週の打ち合わせまでに資料を共有します。ご確認をお願いします。";

    public static Send Post(HttpClient client, string threadId) => async marker =>
    {
        using var response = await client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = $"{marker} {Filler}" });
        return response.StatusCode;
    };

    /// <summary>The bare hub receives the event a post would carry, built here, and sends it to the group as it is.</summary>
    public static Send Broadcast(HttpClient client, string group)
    {
        var seq = 0L;
        return async marker =>
        {
            var next = Interlocked.Increment(ref seq);
            var body = $"{marker} {Filler}";
            var message = new
            {
                stream = group,
                seq = next,
                type = "post.created",
                at = DateTimeOffset.UtcNow,
                data = new
                {
                    seq = next,
                    id = Guid.NewGuid().ToString("N"),
                    authorId = "bench-author",
                    authorName = "計測",
                    body,
                    html = $"<p>{body}</p>",
                    replyTo = (long?)null,
                    createdAt = DateTimeOffset.UtcNow,
                    editedAt = (DateTimeOffset?)null,
                    deleted = false,
                    reactions = Array.Empty<object>(),
                    revision = 1,
                },
            };
            using var response = await client.PostAsJsonAsync($"/broadcast/{group}", message, JsonSerializerOptions.Web);
            return response.StatusCode;
        };
    }

    public static string NewMarker() => "m" + Guid.NewGuid().ToString("N")[..16].ToString(CultureInfo.InvariantCulture);
}
