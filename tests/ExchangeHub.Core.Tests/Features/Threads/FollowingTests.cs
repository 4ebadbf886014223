using ExchangeHub.Core.Common;
using ExchangeHub.Core.Features.Notifications;
using ExchangeHub.Core.Features.Threads;
using ExchangeHub.Core.Tests.Support;
using Orleans.Core.Internal;

namespace ExchangeHub.Core.Tests.Features.Threads;

public sealed class FollowingTests(ClusterFixture fixture)
{
    private static NewPost Post(string authorId, string body, long? replyTo = null, params string[] mentioned) =>
        new(authorId, authorId, body, body, replyTo, null, mentioned);

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            value = await read();
        }

        return value;
    }

    [Fact]
    public async Task AddPostAsync_AuthorWatchesReplierAndMentionedTrack()
    {
        var (author, replier, mentioned) = (Ids.New(), Ids.New(), Ids.New());
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        await thread.CreateAsync(new NewThread("public", "題名", author, "作成者", Post(author, "問い")));

        await thread.AddPostAsync(Post(replier, "答え", 1, mentioned));

        var id = thread.GetPrimaryKeyString();
        var ofAuthor = await EventuallyAsync(() => fixture.Grains.GetGrain<IFollowingGrain>(author).GetAsync(id), f => f?.LatestSeq == 2);
        var ofReplier = await EventuallyAsync(() => fixture.Grains.GetGrain<IFollowingGrain>(replier).GetAsync(id), f => f is not null);
        Assert.Equal((FollowLevel.Watching, 1L), (ofAuthor?.Level, ofAuthor?.Unread));
        Assert.Equal((FollowLevel.Tracking, 0L), (ofReplier?.Level, ofReplier?.Unread));
    }

    [Fact]
    public async Task AddPostAsync_TwoPeoplePostingTogether_EachReadUpToTheirOwnPost()
    {
        var (author, first, second) = (Ids.New(), Ids.New(), Ids.New());
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        var id = thread.GetPrimaryKeyString();
        await thread.CreateAsync(new NewThread("public", "題名", author, "作成者", Post(author, "問い")));

        var posted = await Task.WhenAll(thread.AddPostAsync(Post(first, "一つ目")), thread.AddPostAsync(Post(second, "二つ目")));

        var (firstSeq, secondSeq) = (posted[0].ValueOrThrow().Post.Seq, posted[1].ValueOrThrow().Post.Seq);
        var ofFirst = await EventuallyAsync(() => fixture.Grains.GetGrain<IFollowingGrain>(first).GetAsync(id), f => f?.LatestSeq == 3);
        var ofSecond = await EventuallyAsync(() => fixture.Grains.GetGrain<IFollowingGrain>(second).GetAsync(id), f => f?.LatestSeq == 3);
        var ofAuthor = await EventuallyAsync(() => fixture.Grains.GetGrain<IFollowingGrain>(author).GetAsync(id), f => f?.LatestSeq == 3);
        Assert.Equal((firstSeq, 3 - firstSeq), (ofFirst?.LastReadSeq, ofFirst?.Unread));
        Assert.Equal((secondSeq, 3 - secondSeq), (ofSecond?.LastReadSeq, ofSecond?.Unread));
        Assert.Equal((1L, 2L), (ofAuthor?.LastReadSeq, ofAuthor?.Unread));
    }

    [Fact]
    public async Task AddPostAsync_ThreadDeactivatedRightAfter_FollowersAndListStillTold()
    {
        var (author, reader) = (Ids.New(), Ids.New());
        var space = $"lab:{Ids.New()}";
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        var id = thread.GetPrimaryKeyString();
        await thread.CreateAsync(new NewThread(space, "題名", author, "作成者", Post(author, "問い")));
        await thread.FollowAsync(reader, FollowLevel.Tracking);

        await thread.AddPostAsync(Post(author, "追記"));
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var following = await EventuallyAsync(() => fixture.Grains.GetGrain<IFollowingGrain>(reader).GetAsync(id), f => f?.LatestSeq == 2);
        var listed = await EventuallyAsync(() => fixture.Grains.GetGrain<ISpaceGrain>(space).ListAsync(0, 10), l => l.Count == 1 && l[0].PostCount == 2);
        Assert.Equal((2L, 1L), (following?.LatestSeq, following?.Unread));
        Assert.Equal(2L, Assert.Single(listed).PostCount);
    }

    [Fact]
    public async Task AddPostAsync_MentionedBeforeTheThreadReactivates_StillToldOfLaterPosts()
    {
        var (author, mentioned) = (Ids.New(), Ids.New());
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        var id = thread.GetPrimaryKeyString();
        await thread.CreateAsync(new NewThread("public", "題名", author, "作成者", Post(author, "問い")));
        await thread.AddPostAsync(Post(author, "名指し", null, mentioned));
        await EventuallyAsync(() => fixture.Grains.GetGrain<IFollowingGrain>(mentioned).GetAsync(id), f => f?.LatestSeq == 2);

        // Ninety-nine events short of a checkpoint: the mention lives only in the thread's events.
        await thread.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await thread.AddPostAsync(Post(author, "続き"));

        var following = await EventuallyAsync(() => fixture.Grains.GetGrain<IFollowingGrain>(mentioned).GetAsync(id), f => f?.LatestSeq == 3);
        Assert.Equal((FollowLevel.Tracking, 3L), (following?.Level, following?.LatestSeq));
    }

    [Fact]
    public async Task AddPostAsync_ReplyAndMention_NotifyEachPersonOnceByTheStrongestReason()
    {
        var (author, replier) = (Ids.New(), Ids.New());
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        await thread.CreateAsync(new NewThread("public", "題名", author, "作成者", Post(author, "問い")));

        await thread.AddPostAsync(Post(replier, "@author 答え", 1, author));

        var inbox = await EventuallyAsync(() => fixture.Grains.GetGrain<INotificationInboxGrain>(author).GetAsync(10), v => v.UnreadCount > 0);
        Assert.Equal(NotificationKinds.Mention, Assert.Single(inbox.Items).Kind);
    }

    [Fact]
    public async Task FollowAsync_MutedByPerson_NotRaisedByLaterMention()
    {
        var (author, quiet) = (Ids.New(), Ids.New());
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        await thread.CreateAsync(new NewThread("public", "題名", author, "作成者", Post(author, "問い")));

        await thread.FollowAsync(quiet, FollowLevel.Muted);
        await thread.AddPostAsync(Post(author, "@quiet どう?", null, quiet));

        var following = await fixture.Grains.GetGrain<IFollowingGrain>(quiet).GetAsync(thread.GetPrimaryKeyString());
        var inbox = await fixture.Grains.GetGrain<INotificationInboxGrain>(quiet).GetAsync(10);
        Assert.Equal(FollowLevel.Muted, following?.Level);
        Assert.Equal(0, inbox.UnreadCount);
    }

    [Fact]
    public async Task MarkReadAsync_UpToLatest_LeavesNoUnread()
    {
        var (author, reader) = (Ids.New(), Ids.New());
        var thread = fixture.Grains.GetGrain<ITopicThreadGrain>(Ids.New());
        var id = thread.GetPrimaryKeyString();
        await thread.CreateAsync(new NewThread("public", "題名", author, "作成者", Post(author, "問い")));
        await thread.FollowAsync(reader, FollowLevel.Tracking);
        await thread.AddPostAsync(Post(author, "追記1"));
        await thread.AddPostAsync(Post(author, "追記2"));
        var following = fixture.Grains.GetGrain<IFollowingGrain>(reader);
        var before = await EventuallyAsync(() => following.GetAsync(id), f => f?.LatestSeq == 3);

        var after = await following.MarkReadAsync(id, 3);

        Assert.Equal(2L, before?.Unread);
        Assert.Equal(0L, after?.Unread);
        Assert.Empty(await following.ListAsync(unreadOnly: true));
    }

    [Fact]
    public async Task NoteAsync_ManyNotesThenDeactivated_KeepsTheLatest()
    {
        var person = fixture.Grains.GetGrain<IFollowingGrain>(Ids.New());
        var thread = new ThreadRef(Ids.New(), "public", "題名");
        var at = DateTimeOffset.UtcNow;
        for (var seq = 1; seq <= 20; seq++)
        {
            await person.NoteAsync(new ThreadActivity(thread, seq, at.AddSeconds(seq), FollowLevel.Tracking, false, null));
        }

        await EventuallyAsync(() => person.GetAsync(thread.ThreadId), f => f?.LatestSeq == 20);
        await person.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        var kept = await person.GetAsync(thread.ThreadId);
        Assert.Equal((20L, FollowLevel.Tracking), (kept?.LatestSeq, kept?.Level));
    }
}
