using System.Net.Http.Json;
using ExchangeHub.Cluster.Tests.Support;

namespace ExchangeHub.Cluster.Tests;

public sealed class LiveAcrossNodesTests
{
    [Fact]
    public async Task Subscribe_OnNodeAWhilePostingThroughNodeB_ReceivesEveryPostInOrder()
    {
        await using var cluster = await HubCluster.StartRedisAsync(2);
        var (nodeA, nodeB) = (cluster.Nodes[0], cluster.Nodes[1]);
        var member = await Member.SignUpAsync(nodeB);
        var threadId = await member.StartThreadAsync(nodeB);
        await using var watcher = await LiveWatcher.ConnectAsync(nodeA, member);
        await watcher.SubscribeAsync($"thread:{threadId}", afterSeq: 1);

        using var client = nodeB.Client(member.Cookies);
        var bodies = Enumerable.Range(1, 30).Select(index => $"ノードBから {index}").ToList();
        foreach (var body in bodies)
        {
            (await client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        await watcher.WaitUntilAsync(received => received.Count(e => e.Type == "post.created") >= bodies.Count, TimeSpan.FromSeconds(20));
        var created = watcher.Received.Where(e => e.Type == "post.created").ToList();
        Assert.Equal(Enumerable.Range(2, bodies.Count).Select(seq => (long)seq), created.Select(e => e.Seq));
        Assert.Equal(bodies, created.Select(e => e.Data.GetProperty("body").GetString()));
    }
}
