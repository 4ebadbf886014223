using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Threads;
using ExchangeHub.Core.Tests.Support;
using Orleans.Core.Internal;

namespace ExchangeHub.Core.Tests.Features.Threads;

public sealed class TopicThreadGrainTests(ClusterFixture fixture)
{
    private const string Author = "author";

    private async Task<ITopicThreadGrain> NewThreadAsync()
    {
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        await thread.CreateAsync(new NewThread("public", "題名", Author, "作成者", Post(Author, "最初の投稿")));
        return thread;
    }

    private static NewPost Post(string authorId, string body, string? clientId = null, long? replyTo = null, params string[] mentioned) =>
        new(authorId, authorId, body, $"<p>{body}</p>", replyTo, clientId, mentioned);

    [Fact]
    public async Task AddPostAsync_ManyConcurrentPosts_NumbersThemWithoutGaps()
    {
        var thread = await NewThreadAsync();

        await Task.WhenAll(Enumerable.Range(0, 120).Select(i => thread.AddPostAsync(Post($"user{i % 5}", $"投稿 {i}"))));

        var posts = (await thread.GetPostsAsync(0, 500)).ValueOrThrow();
        Assert.Equal(Enumerable.Range(1, 121).Select(i => (long)i), posts.Select(p => p.Seq));
        Assert.Equal(121, (await thread.GetAsync())?.LastSeq);
    }

    [Fact]
    public async Task AddPostAsync_SameClientIdTwice_AddsOnePost()
    {
        var thread = await NewThreadAsync();

        var first = (await thread.AddPostAsync(Post("u", "一度", clientId: "u/c1"))).ValueOrThrow();
        var again = (await thread.AddPostAsync(Post("u", "一度", clientId: "u/c1"))).ValueOrThrow();

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Post.Id, again.Post.Id);
        Assert.Equal(2, (await thread.GetAsync())?.LastSeq);
    }

    [Fact]
    public async Task EditPostAsync_TwoEdits_KeepsEarlierVersionsInOrder()
    {
        var thread = await NewThreadAsync();
        var key = IPostHistoryGrain.Key(thread.GetPrimaryKeyString(), 1);

        await thread.EditPostAsync(1, Author, false, "二版", "<p>二版</p>");
        var latest = (await thread.EditPostAsync(1, Author, false, "三版", "<p>三版</p>")).ValueOrThrow();

        Assert.Equal((3, "三版"), (latest.Revision, latest.Body));
        var history = await fixture.Grains.GetGrain<IPostHistoryGrain>(key).GetAsync();
        Assert.Equal(["最初の投稿", "二版"], history.Select(v => v.Body));
    }

    [Fact]
    public async Task EditPostAsync_SomeoneElseNotModerator_Forbidden()
    {
        var thread = await NewThreadAsync();

        var edited = await thread.EditPostAsync(1, "intruder", false, "改ざん", "");
        var moderated = await thread.EditPostAsync(1, "moderator", true, "整えた", "");

        Assert.Equal(ProblemKind.Forbidden, edited.Problem?.Kind);
        Assert.True(moderated.IsSuccess);
    }

    [Fact]
    public async Task DeletePostAsync_ThenEdit_ConflictsAndKeepsMarker()
    {
        var thread = await NewThreadAsync();

        var deleted = (await thread.DeletePostAsync(1, Author, false)).ValueOrThrow();
        var edit = await thread.EditPostAsync(1, Author, false, "復活", "");

        Assert.True(deleted.Deleted);
        Assert.Equal(ProblemKind.Conflict, edit.Problem?.Kind);
    }

    [Fact]
    public async Task ReactAsync_AddTwiceThenRemove_CountsEachPersonOnce()
    {
        var thread = await NewThreadAsync();

        await thread.ReactAsync(1, "u1", "👍", true);
        await thread.ReactAsync(1, "u1", "👍", true);
        var both = (await thread.ReactAsync(1, "u2", "👍", true)).ValueOrThrow();
        var one = (await thread.ReactAsync(1, "u1", "👍", false)).ValueOrThrow();

        Assert.Equal(["u1", "u2"], Assert.Single(both.Reactions).UserIds);
        Assert.Equal(["u2"], Assert.Single(one.Reactions).UserIds);
    }

    [Fact]
    public async Task GetEventsAfterAsync_PostsEditsAndResolve_OneOrderedStream()
    {
        var thread = await NewThreadAsync();
        await thread.AddPostAsync(Post("u", "返信"));
        await thread.EditPostAsync(2, "u", false, "返信(修正)", "");
        await thread.ResolveAsync(Author, false, 2);

        var events = (await thread.GetEventsAfterAsync(0)).ValueOrThrow();

        Assert.Equal(["post.created", "post.created", "post.edited", "thread.resolved"], events.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L, 4L], events.Select(e => e.Seq));
    }

    [Fact]
    public async Task DeletePostAsync_AcceptedAnswer_ClearsAcceptanceAndCannotBeAcceptedAgain()
    {
        var thread = await NewThreadAsync();
        await thread.AddPostAsync(Post("u", "答え"));
        await thread.ResolveAsync(Author, false, 2);

        await thread.DeletePostAsync(2, "u", false);
        var again = await thread.ResolveAsync(Author, false, 2);

        var view = await thread.GetAsync();
        Assert.Equal((ThreadStatus.Resolved, (long?)null), (view?.State, view?.AcceptedSeq));
        Assert.Equal(ProblemKind.Invalid, again.Problem?.Kind);
        var last = (await thread.GetEventsAfterAsync(0)).ValueOrThrow()[^1];
        Assert.Equal(("thread.resolved", "null"), (last.Type, System.Text.Json.JsonDocument.Parse(last.DataJson).RootElement.GetProperty("acceptedSeq").GetRawText()));
    }

    [Fact]
    public async Task ResolveAsync_ThenReactivation_KeepsStatusAndAnswerFromItsEvents()
    {
        var thread = await NewThreadAsync();
        await thread.AddPostAsync(Post("u", "答え"));
        await thread.EditPostAsync(2, "u", false, "答え(修正)", "<p>答え(修正)</p>");
        await thread.ResolveAsync(Author, false, 2);
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var view = await thread.GetAsync();
        var posts = (await thread.GetPostsAsync(0, 10)).ValueOrThrow();

        Assert.Equal((ThreadStatus.Resolved, (long?)2, 2L, 4L), (view?.State, view?.AcceptedSeq, view?.LastSeq, view?.StreamSeq));
        Assert.Equal(("答え(修正)", 2), (posts[1].Body, posts[1].Revision));
    }

    [Fact]
    public async Task GetPostsAsync_WhilePostsFillEventPages_ReadsEveryStoredPost()
    {
        var thread = await NewThreadAsync();

        // Two pages of events fill meanwhile, and each brings a checkpoint that puts the posts on their pages.
        var posting = Task.WhenAll(Enumerable.Range(0, 230).Select(i => thread.AddPostAsync(Post($"user{i % 5}", $"投稿 {i}"))));
        var reads = 0;
        while (!posting.IsCompleted || reads == 0)
        {
            var stored = (await thread.GetAsync())?.LastSeq ?? 0;
            var posts = (await thread.GetPostsAsync(0, 500)).ValueOrThrow();
            Assert.Equal(Enumerable.Range(1, posts.Count).Select(i => (long)i), posts.Select(p => p.Seq));
            Assert.True(posts.Count >= stored, $"read {posts.Count} posts of the {stored} stored before the read");
            reads++;
        }

        await posting;
        Assert.Equal(231, (await thread.GetPostsAsync(0, 500)).ValueOrThrow().Count);
    }

    [Fact]
    public async Task AddPostAsync_SameClientIdConcurrently_AddsOnePost()
    {
        var thread = await NewThreadAsync();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => thread.AddPostAsync(Post("u", "一度だけ", clientId: "u/same"))));

        var created = receipts.Select(r => r.ValueOrThrow()).ToList();
        Assert.Single(created, r => r.Created);
        Assert.Single(created.Select(r => r.Post.Id).Distinct());
        Assert.Equal(2, (await thread.GetAsync())?.LastSeq);
    }

    [Fact]
    public async Task AddPostAsync_ConcurrentWithEditsAndReactions_OneGaplessStreamThatSurvivesReactivation()
    {
        var thread = await NewThreadAsync();

        var changes = Enumerable.Range(0, 60).Select(i => (i % 3) switch
        {
            0 => SucceedsAsync(thread.EditPostAsync(1, Author, false, $"版 {i}", $"<p>版 {i}</p>")),
            1 => SucceedsAsync(thread.ReactAsync(1, $"user{i}", "👍", true)),
            _ => SucceedsAsync(thread.AddPostAsync(Post($"user{i}", $"投稿 {i}"))),
        });
        Assert.All(await Task.WhenAll(changes), Assert.True);
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var view = await thread.GetAsync();
        var events = (await thread.GetEventsAfterAsync(0)).ValueOrThrow();
        var posts = (await thread.GetPostsAsync(0, 500)).ValueOrThrow();
        Assert.Equal((21L, 61L), (view?.LastSeq, view?.StreamSeq));
        Assert.Equal(Enumerable.Range(1, 61).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.Equal(21, events.Count(e => e.Type == ThreadEventTypes.PostCreated));
        Assert.Equal(Enumerable.Range(1, 21).Select(i => (long)i), posts.Select(p => p.Seq));
        Assert.Equal(20, posts[0].Reactions.Single().UserIds.Count);
    }

    [Fact]
    public async Task AddPostAsync_RetriedAfterReactivation_FindsThePostFromItsEvent()
    {
        var thread = await NewThreadAsync();
        var first = (await thread.AddPostAsync(Post("u", "再送", clientId: "u/retry"))).ValueOrThrow();
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var again = (await thread.AddPostAsync(Post("u", "再送", clientId: "u/retry"))).ValueOrThrow();

        Assert.False(again.Created);
        Assert.Equal(first.Post.Id, again.Post.Id);
        Assert.Equal(2, (await thread.GetAsync())?.LastSeq);
    }

    [Fact]
    public async Task Activation_EventStoredWithoutItsPostPage_ServesThePostFromItsEvent()
    {
        var thread = await NewThreadAsync();
        var id = thread.GetPrimaryKeyString();
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var lost = new Post(2, Ids.New(), "u", "u", "ページに届かなかった投稿", "<p>ページに届かなかった投稿</p>", null,
            DateTimeOffset.UtcNow, null, false, [], 1);
        await fixture.Grains.GetGrain<IEventPageGrain>($"{StreamNames.Thread(id)}|0")
            .AppendAsync([LiveEvent.Create(StreamNames.Thread(id), 2, ThreadEventTypes.PostCreated, lost.CreatedAt, lost)]);

        var posts = (await thread.GetPostsAsync(0, 10)).ValueOrThrow();

        Assert.Equal([1L, 2L], posts.Select(p => p.Seq));
        Assert.Equal(lost.Body, posts[1].Body);
        Assert.Equal((2L, 2L), ((await thread.GetAsync())?.LastSeq, (await thread.GetAsync())?.StreamSeq));
    }

    [Fact]
    public async Task AddPostAsync_PostThatFillsAPageOfEvents_GoesOutWhileItsCheckpointIsStillBeingStored()
    {
        var thread = await NewThreadAsync();
        var id = thread.GetPrimaryKeyString();
        for (var i = 2; i < EventLog.PageSize; i++)
        {
            (await thread.AddPostAsync(Post("u", $"投稿 {i}"))).ValueOrThrow();
        }

        // Seq 100 fills the first page of events, so its checkpoint puts posts 2–100 on their pages, the second held here.
        var checkpoint = FaultyGrainStorage.Hold(PostPages.Key(id, 1));
        var adding = thread.AddPostAsync(Post("u", "ページを満たす投稿"));
        await checkpoint.Reached.WaitAsync(_wait, TestContext.Current.CancellationToken);
        var sent = await ClusterFixture.Feed.WaitForAsync(e => e.Stream == StreamNames.Thread(id) && e.Seq == EventLog.PageSize, _wait);
        var answeredBeforeTheCheckpoint = adding.IsCompleted;
        checkpoint.Release();
        var added = (await adding).ValueOrThrow();

        Assert.Equal(ThreadEventTypes.PostCreated, sent.Type);
        Assert.False(answeredBeforeTheCheckpoint);
        Assert.Equal(EventLog.PageSize, added.Post.Seq);
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Equal(EventLog.PageSize, (await thread.GetPostsAsync(0, 200)).ValueOrThrow().Count);
    }

    [Fact]
    public async Task GetEventsAfterAsync_ThreadStartedWithoutAPost_AnswersNoneThenItsFirstEvents()
    {
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        (await thread.CreateAsync(new NewThread("public", "題名", Author, "作成者", null))).ValueOrThrow();

        var none = (await thread.GetEventsAfterAsync(0)).ValueOrThrow();
        (await thread.AddPostAsync(Post("u", "最初の返信"))).ValueOrThrow();
        var first = (await thread.GetEventsAfterAsync(0)).ValueOrThrow();

        Assert.Empty(none);
        Assert.Equal([1L], first.Select(e => e.Seq));
    }

    [Fact]
    public async Task AddPostAsync_PostsArrivingDuringAWrite_AreStoredTogetherInTheNextOne()
    {
        var thread = await NewThreadAsync();
        var id = thread.GetPrimaryKeyString();
        var held = FaultyGrainStorage.Hold($"{StreamNames.Thread(id)}|0");
        var arrivals = CallArrivals.WatchFor(id, nameof(ITopicThreadGrain.AddPostAsync));
        var first = thread.AddPostAsync(Post("u", "書き込み中"));
        await held.Reached.WaitAsync(_wait, TestContext.Current.CancellationToken);
        var waiting = Enumerable.Range(0, 5).Select(i => thread.AddPostAsync(Post($"u{i}", $"待つ投稿 {i}"))).ToList();
        await arrivals.WaitForAsync(6, _wait);
        held.Release();
        (await first).ValueOrThrow();
        await Task.WhenAll(waiting);

        var record = new GrainState<EventBatch>();
        await fixture.Storage.ReadStateAsync("events-3", fixture.Grains.GetGrain<IEventPageGrain>($"{StreamNames.Thread(id)}|0").GetGrainId(), record);
        Assert.Equal([3L, 4, 5, 6, 7], record.State?.Events.Select(e => e.Seq));
    }

    [Fact]
    public async Task AddPostAsync_PastSeveralEventPages_EveryPostSurvivesReactivation()
    {
        var thread = await NewThreadAsync();

        await Task.WhenAll(Enumerable.Range(0, 250).Select(i => thread.AddPostAsync(Post($"user{i % 7}", $"投稿 {i}"))));
        var whileActive = (await thread.GetEventsAfterAsync(95)).ValueOrThrow();
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var events = (await thread.GetEventsAfterAsync(0)).ValueOrThrow();
        Assert.Equal(Enumerable.Range(96, 156).Select(i => (long)i), whileActive.Select(e => e.Seq));
        Assert.Equal(Enumerable.Range(1, 251).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.Equal(251, (await thread.GetPostsAsync(0, 500)).ValueOrThrow().Count);
    }

    [Fact]
    public async Task AddPostAsync_EventPageFailsWithPostsWaiting_NoAcknowledgedPostIsLostOrRenumbered()
    {
        var thread = await NewThreadAsync();
        var id = thread.GetPrimaryKeyString();
        var before = Enumerable.Range(0, 5).Select(i => $"前 {i}").ToList();
        foreach (var body in before)
        {
            (await thread.AddPostAsync(Post("u", body))).ValueOrThrow();
        }

        // The store fails the next write of the event page, held until two more posts wait behind it, and the two
        // operations on the page that follow, as when the store is unreachable for a while.
        var fault = FaultyGrainStorage.Arm($"{StreamNames.Thread(id)}|0", failures: 3);
        var arrivals = CallArrivals.WatchFor(id, nameof(ITopicThreadGrain.AddPostAsync));
        var during = new[] { "障害中 A", "障害中 B", "障害中 C" };
        var first = AcknowledgedAsync(thread.AddPostAsync(Post("u", during[0])));
        await fault.Reached.WaitAsync(_wait, TestContext.Current.CancellationToken);
        var waiting = during[1..].Select(body => AcknowledgedAsync(thread.AddPostAsync(Post("u", body)))).ToList();
        await arrivals.WaitForAsync(3, _wait);
        fault.Release();
        var outcomes = await Task.WhenAll(waiting.Prepend(first));
        var after = await PostUntilAcknowledgedAsync(thread, Post("u", "復旧後", clientId: "u/after"));
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var posts = (await thread.GetPostsAsync(0, 100)).ValueOrThrow();
        Assert.Equal(Enumerable.Range(1, posts.Count).Select(i => (long)i), posts.Select(p => p.Seq));
        var acknowledged = before.Concat(during.Where((_, i) => outcomes[i])).Append(after.Body).Prepend("最初の投稿");
        Assert.All(acknowledged, body => Assert.Single(posts, p => p.Body == body));
        Assert.Equal(posts.Count, (await thread.GetAsync())?.LastSeq);
    }

    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(30);

    private static async Task<bool> AcknowledgedAsync(Task<Result<PostReceipt>> adding)
    {
        try
        {
            return (await adding).IsSuccess;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    // As a client does after 503: the same post with the same client id, until the thread takes it.
    private static async Task<Post> PostUntilAcknowledgedAsync(ITopicThreadGrain thread, NewPost post)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await thread.AddPostAsync(post)).ValueOrThrow().Post;
            }
            catch (Exception) when (attempt < 10)
            {
            }
        }
    }

    private static async Task<bool> SucceedsAsync<T>(Task<Result<T>> change) => (await change).IsSuccess;
}
