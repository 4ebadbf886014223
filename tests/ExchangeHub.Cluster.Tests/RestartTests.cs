using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Cluster.Tests.Support;

namespace ExchangeHub.Cluster.Tests;

public sealed class RestartTests
{
    // Posting is fast enough that a few hundred posts can all be acknowledged within a second, so the kill test sends
    // more and kills once some have been acknowledged, not after a fixed time.
    private const int PostsAcrossKill = 2000;

    [Fact]
    public async Task StopAllNodes_StartAgain_EverythingIsThere()
    {
        await using var cluster = await HubCluster.StartRedisAsync(2);
        var (nodeA, nodeB) = (cluster.Nodes[0], cluster.Nodes[1]);
        var member = await Member.SignUpAsync(nodeA);
        var threadId = await member.StartThreadAsync(nodeA);
        await new Poster(nodeB, member, threadId, "before").RunAsync(20, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var before = await member.ReadAllPostsAsync(nodeA, threadId);

        await Task.WhenAll(cluster.Nodes.Select(node => node.StopAsync()));
        await Task.WhenAll(cluster.Nodes.Select(node => node.StartAsync()));
        using var signIn = nodeB.Client(new CookieContainer());
        var loggedIn = await signIn.PostAsJsonAsync("/api/auth/login", new { email = member.Email, password = Member.Password }, TestContext.Current.CancellationToken);
        var after = await member.ReadAllPostsAsync(nodeB, threadId);

        Assert.Equal(HttpStatusCode.OK, loggedIn.StatusCode);
        Assert.Equal(21, after.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task KillEmbeddedNode_WhilePosting_RestartKeepsEveryAcknowledgedPost()
    {
        await using var single = await HubCluster.StartEmbeddedAsync();
        var node = single.Nodes[0];
        var member = await Member.SignUpAsync(node);
        var threadId = await member.StartThreadAsync(node);
        var poster = new Poster(node, member, threadId, "sqlite");

        var posting = poster.RunAsync(PostsAcrossKill, TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (poster.AcknowledgedPosts.Count < 100 && !posting.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var acknowledgedBeforeKill = poster.AcknowledgedPosts.Count;
        await node.KillAsync();
        await node.StartAsync();
        await posting;
        var posts = await member.ReadAllPostsAsync(node, threadId);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"embedded kill test: {acknowledgedBeforeKill} acknowledged before kill -9, {poster.AcknowledgedPosts.Count} in all, {posts.Count - 1} found (+1 opening post), {poster.Retries} retries"));
        Assert.True(acknowledgedBeforeKill < PostsAcrossKill, "the node was killed while posts were being sent");
        Assert.Equal(PostsAcrossKill, poster.AcknowledgedPosts.Count);
        Assert.Equal(Enumerable.Range(1, posts.Count).Select(seq => (long)seq), posts.Select(post => post.Seq));
        Assert.Equal(posts.Count, posts.Select(post => post.Body).Distinct().Count());
        Assert.All(poster.AcknowledgedPosts, ack => Assert.Equal(ack.Seq, Assert.Single(posts, post => post.Body == ack.Body).Seq));
    }
}
