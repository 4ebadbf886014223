using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>
/// Posts to a thread the way a careful client does: each post has its own client id, and a post that got no answer
/// or an error is sent again with the same id until it is acknowledged (201, or 200 for one the hub already has).
/// </summary>
public sealed class Poster(HubNode node, Member member, IReadOnlyList<string> threadIds, string name)
{
    public Poster(HubNode node, Member member, string threadId, string name)
        : this(node, member, [threadId], name)
    {
    }

    private readonly List<Acknowledged> _acknowledged = [];

    public IReadOnlyList<Acknowledged> AcknowledgedPosts => _acknowledged;

    public int Retries { get; private set; }

    public int Unavailable { get; private set; }

    /// <summary>
    /// Sends <paramref name="count"/> posts one after another, to the threads in turn, giving each up to <paramref name="patience"/>.
    /// </summary>
    public async Task RunAsync(int count, TimeSpan patience, CancellationToken stop)
    {
        using var client = node.Client(member.Cookies, TimeSpan.FromSeconds(10));
        for (var index = 0; index < count && !stop.IsCancellationRequested; index++)
        {
            if (await PostAsync(client, threadIds[index % threadIds.Count], $"{name}-{index}", patience) is { } acknowledged)
            {
                _acknowledged.Add(acknowledged);
            }
        }
    }

    /// <summary>Sends one post, again and again with the same client id, until it is acknowledged or patience runs out.</summary>
    public async Task<Acknowledged?> RunUntilAcknowledgedAsync(TimeSpan patience)
    {
        using var client = node.Client(member.Cookies, TimeSpan.FromSeconds(10));
        return await PostAsync(client, threadIds[0], $"{name}-0", patience);
    }

    private async Task<Acknowledged?> PostAsync(HttpClient client, string threadId, string clientId, TimeSpan patience)
    {
        var started = Stopwatch.GetTimestamp();
        var body = $"投稿 {clientId}";
        while (Stopwatch.GetElapsedTime(started) < patience)
        {
            try
            {
                var response = await client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body, clientId });
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
                    return new Acknowledged(threadId, clientId, body, answer.GetProperty("seq").GetInt64(), DateTime.UtcNow, Stopwatch.GetElapsedTime(started));
                }

                Unavailable += response.StatusCode == HttpStatusCode.ServiceUnavailable ? 1 : 0;
            }
            catch (HttpRequestException)
            {
                // The node is gone or the connection broke: not acknowledged, so send it again.
            }
            catch (TaskCanceledException)
            {
                // No answer in time: not acknowledged, so send it again.
            }

            Retries++;
            await Task.Delay(100);
        }

        return null;
    }
}

public sealed record Acknowledged(string ThreadId, string ClientId, string Body, long Seq, DateTime At, TimeSpan Took);
