using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Cluster.Tests.Support;

namespace ExchangeHub.Cluster.Tests;

public sealed class RedisOutageTests
{
    private static readonly TimeSpan _outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task PauseRedisTenSeconds_WhilePosting_WritesAnswer503AndClientsCatchUpAfterwards()
    {
        await using var cluster = await HubCluster.StartRedisAsync(2);
        var (nodeA, nodeB) = (cluster.Nodes[0], cluster.Nodes[1]);
        var redis = cluster.Redis ?? throw new InvalidOperationException("A Redis cluster has a Redis.");
        var member = await Member.SignUpAsync(nodeB);
        var threadId = await member.StartThreadAsync(nodeB);
        await using var watcher = await LiveWatcher.ConnectAsync(nodeA, member);
        await watcher.SubscribeAsync($"thread:{threadId}", afterSeq: 0);
        using var clientA = nodeA.Client(member.Cookies, TimeSpan.FromSeconds(30));
        using var clientB = nodeB.Client(member.Cookies, TimeSpan.FromSeconds(30));
        var attempts = new System.Collections.Concurrent.ConcurrentBag<Attempt>();
        var clock = Stopwatch.StartNew();
        var pausedAt = TimeSpan.FromSeconds(2);
        var resumedAt = pausedAt + _outage;

        // Four clients post one after another each, through both nodes, from before the pause until Redis is back.
        var posting = Enumerable.Range(0, 4).Select(loop => Task.Run(async () =>
        {
            for (var index = 0; clock.Elapsed < resumedAt; index++)
            {
                attempts.Add(await AttemptAsync(loop % 2 == 0 ? clientA : clientB, threadId, $"outage-{loop}-{index}", clock));
                await Task.Delay(100);
            }
        })).ToList();
        await Task.Delay(pausedAt, TestContext.Current.CancellationToken);
        await redis.PauseAsync();
        var paused = clock.Elapsed;
        await Task.Delay(_outage, TestContext.Current.CancellationToken);
        var resumed = clock.Elapsed;
        await redis.ResumeAsync();
        await Task.WhenAll(posting);
        var final = await new Poster(nodeB, member, threadId, "after").RunUntilAcknowledgedAsync(TimeSpan.FromSeconds(20));
        var posts = await member.ReadAllPostsAsync(nodeB, threadId);
        await watcher.SubscribeAsync($"thread:{threadId}", Contiguous(watcher.Received));
        await watcher.WaitUntilAsync(received => Contiguous(received) >= posts.Count, TimeSpan.FromSeconds(10));
        var caughtUpAfter = clock.Elapsed - resumed;

        var duringOutage = attempts.Where(a => a.Started > paused && a.Finished < resumed).ToList();
        var acknowledged = attempts.Where(a => a.Status is HttpStatusCode.Created or HttpStatusCode.OK).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"redis outage test: {attempts.Count} posts tried, {duringOutage.Count} during the {_outage.TotalSeconds:0} s pause, answered " +
            $"{string.Join(", ", duringOutage.GroupBy(a => a.Status).Select(g => $"{(int)g.Key}×{g.Count()}"))}; {acknowledged.Count} acknowledged in all, " +
            $"{posts.Count - 2} found (+1 opening, +1 final post); the client caught up {caughtUpAfter.TotalSeconds:0.0} s after Redis came back"));

        // Requests that overlapped the pause either waited it out and were accepted, or answered 503; none failed
        // otherwise, and those that began and ended inside it could only answer 503.
        var overlapping = attempts.Where(a => a.Started < resumed && a.Finished > paused).ToList();
        if (overlapping.Any(a => a.Status is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.Created or HttpStatusCode.OK)))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(cluster.Output);
        }

        Assert.NotEmpty(overlapping);
        Assert.All(overlapping, attempt => Assert.Contains(attempt.Status, new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.All(duringOutage, attempt => Assert.Equal(HttpStatusCode.ServiceUnavailable, attempt.Status));
        Assert.NotNull(final);
        Assert.Equal(Enumerable.Range(1, posts.Count).Select(seq => (long)seq), posts.Select(post => post.Seq));
        Assert.All(acknowledged, attempt => Assert.Single(posts, post => post.Body == attempt.Body));
        Assert.True(caughtUpAfter < TimeSpan.FromSeconds(5), $"caught up {caughtUpAfter.TotalSeconds:0.0} s after Redis came back");
    }

    private static async Task<Attempt> AttemptAsync(HttpClient client, string threadId, string clientId, Stopwatch clock)
    {
        var started = clock.Elapsed;
        var body = $"投稿 {clientId}";
        try
        {
            var response = await client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body, clientId });
            return new Attempt(body, response.StatusCode, started, clock.Elapsed);
        }
        catch (TaskCanceledException)
        {
            return new Attempt(body, HttpStatusCode.RequestTimeout, started, clock.Elapsed);
        }
    }

    private static long Contiguous(IEnumerable<LiveEventDto> received)
    {
        var seqs = received.Select(e => e.Seq).ToHashSet();
        var last = 0L;
        while (seqs.Contains(last + 1))
        {
            last++;
        }

        return last;
    }

    private sealed record Attempt(string Body, HttpStatusCode Status, TimeSpan Started, TimeSpan Finished);
}
