using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// Post latency on a long thread against a short one, in one run on one hub: a post must cost the same however long
/// the thread is. Measures the POST round trip and the time until a subscriber receives the post.
/// </summary>
public sealed class ThreadLengthBenchmark(Uri hub, int longLength, int samples)
{
    public async Task<IReadOnlyDictionary<string, Stats>> RunAsync()
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = hub };
        (await client.PostAsJsonAsync("/api/auth/register", new { email = $"bench{Guid.NewGuid():N}@example.jp", password = "benchmark-password", displayName = "計測" })).EnsureSuccessStatusCode();
        var shortThread = await StartThreadAsync(client, "短いスレッド");
        var longThread = await StartThreadAsync(client, "長いスレッド");
        await FillAsync(client, shortThread, 10);
        await FillAsync(client, longThread, longLength);
        Console.WriteLine($"threads ready: 10 and {longLength} posts");

        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(hub, "/hubs/exchange"), o => o.Cookies = cookies).Build();
        var arrivals = new Dictionary<string, TaskCompletionSource<long>>();
        connection.On<JsonElement>("Event", e =>
        {
            var body = e.GetProperty("data").GetProperty("body").GetString() ?? "";
            lock (arrivals)
            {
                if (arrivals.TryGetValue(body, out var arrival))
                {
                    arrival.TrySetResult(Stopwatch.GetTimestamp());
                }
            }
        });
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("Subscribe", $"thread:{shortThread}", 1_000_000L);
        await connection.InvokeAsync<JsonElement>("Subscribe", $"thread:{longThread}", 1_000_000L);

        var results = new Dictionary<string, List<double>>
        {
            ["post, 10 posts"] = [],
            ["post, long"] = [],
            ["delivery, 10 posts"] = [],
            ["delivery, long"] = [],
        };
        for (var i = 0; i < samples; i++)
        {
            // Alternate the two threads so that drift in the machine's load falls on both alike.
            foreach (var (thread, label) in new[] { (shortThread, "10 posts"), (longThread, "long") })
            {
                var body = $"計測 {label} {i} {Guid.NewGuid():N}";
                var arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (arrivals)
                {
                    arrivals[body] = arrival;
                }

                var started = Stopwatch.GetTimestamp();
                (await client.PostAsJsonAsync($"/api/threads/{thread}/posts", new { body })).EnsureSuccessStatusCode();
                var answered = Stopwatch.GetTimestamp();
                var received = await arrival.Task.WaitAsync(TimeSpan.FromSeconds(10));
                if (i >= samples / 10)
                {
                    results[$"post, {label}"].Add(Stopwatch.GetElapsedTime(started, answered).TotalMilliseconds);
                    results[$"delivery, {label}"].Add(Stopwatch.GetElapsedTime(started, received).TotalMilliseconds);
                }
            }
        }

        return results.ToDictionary(r => r.Key, r => Stats.Of(r.Value));
    }

    private static async Task<string> StartThreadAsync(HttpClient client, string title)
    {
        var response = await client.PostAsJsonAsync("/api/threads", new { space = "public", title, body = "計測用のスレッドです。" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() ?? "";
    }

    private static async Task FillAsync(HttpClient client, string threadId, int length)
    {
        // Four writers at once: the thread grain orders them; filling is not measured.
        var next = 1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= length)
            {
                (await client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = $"過去の投稿 {next}" })).EnsureSuccessStatusCode();
            }
        }));
    }
}
