using System.Globalization;
using ExchangeHub.Cluster.Tests.Support;

namespace ExchangeHub.Cluster.Tests;

public sealed class NodeFailureTests
{
    private const int PostsPerPoster = 150;

    [Fact]
    public async Task KillNode_WhilePostingThroughTheOthers_EveryAcknowledgedPostIsThereOnceAndClientsCatchUp()
    {
        await using var cluster = await HubCluster.StartRedisAsync(3);
        var (doomed, nodeB, nodeC) = (cluster.Nodes[0], cluster.Nodes[1], cluster.Nodes[2]);
        var member = await Member.SignUpAsync(nodeB);

        // Three threads, so that the grains a post goes through (threads, post and event pages) are very likely to
        // include some that live on the node about to die.
        List<string> threadIds = [];
        for (var index = 0; index < 3; index++)
        {
            threadIds.Add(await member.StartThreadAsync(nodeB, $"障害試験 {index}"));
        }

        var stream = $"thread:{threadIds[0]}";
        await using var watcherOnDoomed = await LiveWatcher.ConnectAsync(doomed, member);
        await watcherOnDoomed.SubscribeAsync(stream, afterSeq: 0);
        Poster[] posters = [new(nodeB, member, threadIds, "b"), new(nodeC, member, threadIds, "c")];

        var posting = posters.Select(poster => poster.RunAsync(PostsPerPoster, TimeSpan.FromSeconds(45), TestContext.Current.CancellationToken)).ToList();
        while (posters.Sum(poster => poster.AcknowledgedPosts.Count) < 40)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var acknowledgedBeforeKill = posters.Sum(poster => poster.AcknowledgedPosts.Count);
        var killedAt = DateTime.UtcNow;
        await doomed.KillAsync();
        await Task.WhenAll(posting);

        // The client that was on the dead node comes back through a survivor with the last seq it saw.
        var lastSeen = LastContiguousSeq(watcherOnDoomed.Received);
        await using var watcherAfter = await LiveWatcher.ConnectAsync(nodeC, member);
        var reconnectedAt = DateTime.UtcNow;
        await watcherAfter.SubscribeAsync(stream, lastSeen);
        var threads = new Dictionary<string, List<PostDto>>();
        foreach (var threadId in threadIds)
        {
            threads[threadId] = await member.ReadAllPostsAsync(nodeB, threadId);
        }

        var watched = threads[threadIds[0]];
        await watcherAfter.WaitUntilAsync(received => LastContiguousSeq(received, lastSeen) >= watched.Count, TimeSpan.FromSeconds(10));
        var caughtUpIn = DateTime.UtcNow - reconnectedAt;

        var acknowledged = posters.SelectMany(poster => poster.AcknowledgedPosts).ToList();
        var afterKill = acknowledged.Where(ack => ack.At > killedAt).ToList();
        var longestAfterKill = afterKill.Count == 0 ? TimeSpan.Zero : afterKill.Max(ack => ack.Took);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kill test: {acknowledged.Count} posts acknowledged ({acknowledgedBeforeKill} before the kill), {threads.Values.Sum(posts => posts.Count - 1)} found (+1 opening post per thread), " +
            $"{posters.Sum(p => p.Retries)} retries, {posters.Sum(p => p.Unavailable)} answers 503; " +
            $"longest post after the kill {longestAfterKill.TotalSeconds:0.0} s (failure detection {HubCluster.FailureDetectionTime.TotalSeconds:0} s); " +
            $"client on the dead node had seq {lastSeen}, caught up through node C in {caughtUpIn.TotalMilliseconds:0} ms ({watcherAfter.SubscribeRetries} subscribe retries)"));

        Assert.Equal(2 * PostsPerPoster, acknowledged.Count);
        Assert.True(acknowledged.Count - acknowledgedBeforeKill > 100, "posting went on well after the kill");
        Assert.All(threads.Values, posts =>
        {
            Assert.Equal(Enumerable.Range(1, posts.Count).Select(seq => (long)seq), posts.Select(post => post.Seq));
            Assert.Equal(posts.Count, posts.Select(post => post.Body).Distinct().Count());
        });
        Assert.All(acknowledged, ack => Assert.Equal(ack.Seq, Assert.Single(threads[ack.ThreadId], post => post.Body == ack.Body).Seq));
        var events = watcherOnDoomed.Received.Where(e => e.Seq <= lastSeen).Concat(watcherAfter.Received).Where(e => e.Type == "post.created")
            .DistinctBy(e => e.Seq).OrderBy(e => e.Seq).ToList();
        Assert.Equal(watched.Select(post => post.Seq), events.Select(e => e.Seq));
        Assert.Equal(watched.Select(post => post.Body), events.Select(e => e.Data.GetProperty("body").GetString()));

        // Twice the failure-detection time, plus slack for a loaded two-core machine.
        Assert.True(longestAfterKill < 2 * HubCluster.FailureDetectionTime + TimeSpan.FromSeconds(4),
            $"A post took {longestAfterKill.TotalSeconds:0.0} s after the kill.\n{cluster.Output}");
    }

    private static long LastContiguousSeq(IEnumerable<LiveEventDto> received, long after = 0)
    {
        var seqs = received.Select(e => e.Seq).ToHashSet();
        var last = after;
        while (seqs.Contains(last + 1))
        {
            last++;
        }

        return last;
    }
}
