using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Live;

namespace ExchangeHub.Core.Features.Threads;

public sealed class TopicThreadGrain([PersistentState("thread")] IPersistentState<ThreadState> thread, EventLog events, TimeProvider clock)
    : Grain, ITopicThreadGrain
{
    private const int ClientIdMemory = 500;

    private string Id => this.GetPrimaryKeyString();

    private ThreadRef Ref => new(Id, thread.State.Space, thread.State.Title);

    public async Task<Result<ThreadView>> CreateAsync(NewThread created)
    {
        if (thread.State.Exists)
        {
            return Problem.Conflict(Say.Text("このスレッドは既にあります。", "This thread already exists."));
        }

        var now = clock.GetUtcNow();
        thread.State.Space = created.Space;
        thread.State.Title = created.Title;
        thread.State.AuthorId = created.AuthorId;
        thread.State.AuthorName = created.AuthorName;
        thread.State.CreatedAt = now;
        thread.State.LastPostAt = now;
        thread.State.Followers[created.AuthorId] = FollowLevel.Watching;
        if (created.FirstPost is { } first)
        {
            await AddPostAsync(first);
        }
        else
        {
            await thread.WriteStateAsync();
            await UpdateSpaceAsync();
        }

        return View();
    }

    public Task<ThreadView?> GetAsync() => Task.FromResult(thread.State.Exists ? View() : null);

    public async Task<Result<PostReceipt>> AddPostAsync(NewPost newPost)
    {
        if (!thread.State.Exists)
        {
            return NotFound();
        }

        if (newPost.ClientId is { } clientId && thread.State.RecentClientIds.Find(c => c.ClientId == clientId) is { } seen)
        {
            var first = await PostPages.For(GrainFactory, Id, seen.Seq).GetAsync(seen.Seq);
            return first is null ? NotFound() : new PostReceipt(first, false);
        }

        if (newPost.ReplyTo is { } replyTo && (replyTo < 1 || replyTo > thread.State.PostCount))
        {
            return Problem.Invalid("replyTo", Say.Text("返信先の投稿がありません。", "The post replied to does not exist."));
        }

        var now = clock.GetUtcNow();
        var post = new Post(++thread.State.PostCount, Ids.New(), newPost.AuthorId, newPost.AuthorName, newPost.Body, newPost.Html,
            newPost.ReplyTo, now, null, false, [], 1);
        thread.State.LastPostAt = now;
        RememberClientId(newPost.ClientId, post.Seq);
        RaiseFollower(newPost.AuthorId, FollowLevel.Tracking);
        foreach (var mentioned in newPost.MentionedUserIds)
        {
            RaiseFollower(mentioned, FollowLevel.Tracking);
        }

        await PublishAsync(ThreadEventTypes.PostCreated, post, () => PostPages.For(GrainFactory, Id, post.Seq).PutAsync(post), UpdateSpaceAsync);
        var replied = newPost.ReplyTo is { } to ? await PostPages.For(GrainFactory, Id, to).GetAsync(to) : null;
        ThreadFanOut.PostAdded(GrainFactory, Ref, post, thread.State.Followers, newPost.MentionedUserIds, replied?.AuthorId);
        return new PostReceipt(post, true);
    }

    public Task<Result<Post>> EditPostAsync(long seq, string editorId, bool moderator, string body, string html) =>
        ChangePostAsync(seq, editorId, moderator, ThreadEventTypes.PostEdited, async post =>
        {
            await GrainFactory.GetGrain<IPostHistoryGrain>(IPostHistoryGrain.Key(Id, seq))
                .AddAsync(new PostVersion(post.Revision, post.Body, post.Html, post.EditedAt ?? post.CreatedAt));
            return post with { Body = body, Html = html, EditedAt = clock.GetUtcNow(), Revision = post.Revision + 1 };
        });

    public async Task<Result<Post>> DeletePostAsync(long seq, string userId, bool moderator)
    {
        var deleted = await ChangePostAsync(seq, userId, moderator, ThreadEventTypes.PostDeleted,
            post => Task.FromResult(post with { Body = "", Html = "", Deleted = true, Reactions = [], EditedAt = clock.GetUtcNow() }));
        if (deleted.IsSuccess && thread.State.AcceptedSeq == seq)
        {
            // An answer that is gone cannot stay the accepted one; the thread stays resolved until someone reopens it.
            thread.State.AcceptedSeq = null;
            await PublishAsync(ThreadEventTypes.ThreadResolved, new { status = thread.State.Status, acceptedSeq = (long?)null });
            await UpdateSpaceAsync();
        }

        return deleted;
    }

    public Task<Result<Post>> HidePostAsync(long seq) =>
        ChangePostAsync(seq, null, false, ThreadEventTypes.PostHidden,
            post => Task.FromResult(post with { Body = "", Html = "", Hidden = true, Reactions = [] }));

    public Task<Result<Post>> ReactAsync(long seq, string userId, string emoji, bool add) =>
        ChangePostAsync(seq, null, false, ThreadEventTypes.PostReacted, post => Task.FromResult(post with
        {
            Reactions = Reactions.Toggle(post.Reactions, emoji, userId, add),
        }));

    public async Task<Result<ThreadView>> ResolveAsync(string userId, bool moderator, long? acceptedSeq)
    {
        if (CheckOwner(userId, moderator) is { } problem)
        {
            return problem;
        }

        if (acceptedSeq is { } accepted && (accepted < 1 || accepted > thread.State.PostCount
            || await PostPages.For(GrainFactory, Id, accepted).GetAsync(accepted) is not { Deleted: false }))
        {
            return Problem.Invalid("acceptedSeq", Say.Text("その投稿はありません。", "There is no such post."));
        }

        thread.State.Status = ThreadStatus.Resolved;
        thread.State.AcceptedSeq = acceptedSeq;
        await PublishAsync(ThreadEventTypes.ThreadResolved, new { status = ThreadStatus.Resolved, acceptedSeq });
        await UpdateSpaceAsync();
        return View();
    }

    public async Task<Result<ThreadView>> ReopenAsync(string userId, bool moderator)
    {
        if (CheckOwner(userId, moderator) is { } problem)
        {
            return problem;
        }

        thread.State.Status = ThreadStatus.Open;
        thread.State.AcceptedSeq = null;
        await PublishAsync(ThreadEventTypes.ThreadReopened, new { status = ThreadStatus.Open });
        await UpdateSpaceAsync();
        return View();
    }

    public async Task<Result<Following>> FollowAsync(string userId, FollowLevel level)
    {
        if (!thread.State.Exists)
        {
            return NotFound();
        }

        thread.State.Followers[userId] = level;
        await thread.WriteStateAsync();
        return await GrainFactory.GetGrain<IFollowingGrain>(userId).SetLevelAsync(Ref, level, thread.State.PostCount);
    }

    public async Task<Result<IReadOnlyList<Post>>> GetPostsAsync(long afterSeq, int limit) => thread.State.Exists
        ? Result<IReadOnlyList<Post>>.Ok(await PostPages.ReadAsync(GrainFactory, Id, afterSeq, limit, thread.State.PostCount))
        : NotFound();

    public async Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq) => thread.State.Exists
        ? Result<IReadOnlyList<LiveEvent>>.Ok(await events.ReadAfterAsync(StreamNames.Thread(Id), afterSeq, thread.State.LastSeq))
        : NotFound();

    private async Task<Result<Post>> ChangePostAsync(long seq, string? actorId, bool moderator, string eventType, Func<Post, Task<Post>> change)
    {
        var page = PostPages.For(GrainFactory, Id, seq);
        if (!thread.State.Exists || seq < 1 || seq > thread.State.PostCount || await page.GetAsync(seq) is not { } post)
        {
            return Problem.NotFound("投稿", "The post");
        }

        if (actorId is not null && post.AuthorId != actorId && !moderator)
        {
            return Problem.Forbidden(Say.Text("投稿者かモデレーターだけができる操作です。", "Only the author or a moderator may do this."));
        }

        if (post.Deleted)
        {
            return Problem.Conflict(Say.Text("この投稿は削除されています。", "This post was deleted."));
        }

        if (post.Hidden)
        {
            return Problem.Conflict(Say.Text("この投稿はモデレーターが非表示にしました。", "A moderator hid this post."));
        }

        var changed = await change(post);
        await PublishAsync(eventType, changed, () => page.PutAsync(changed));
        return changed;
    }

    private Problem? CheckOwner(string userId, bool moderator) =>
        !thread.State.Exists ? NotFound()
        : thread.State.AuthorId == userId || moderator ? null
        : Problem.Forbidden(Say.Text("スレッドの作成者かモデレーターだけができる操作です。", "Only the thread's author or a moderator may do this."));

    // A post's page and its event's page are written side by side (the store commits them together), both ahead of the
    // thread's state as EventLog's order requires; the space's summary is refreshed while the event goes out.
    private async Task PublishAsync<T>(string type, T data, Func<Task>? writeAlongside = null, Func<Task>? afterStored = null)
    {
        var liveEvent = LiveEvent.Create(StreamNames.Thread(Id), ++thread.State.LastSeq, type, clock.GetUtcNow(), data);
        await Task.WhenAll(events.AppendAsync(liveEvent), writeAlongside?.Invoke() ?? Task.CompletedTask);
        await thread.WriteStateAsync();
        await Task.WhenAll(events.PublishAsync(liveEvent), afterStored?.Invoke() ?? Task.CompletedTask);
    }

    private Task UpdateSpaceAsync() => GrainFactory.GetGrain<ISpaceGrain>(thread.State.Space).UpsertAsync(ThreadSummary.From(View()));

    private void RememberClientId(string? clientId, long seq)
    {
        if (clientId is null)
        {
            return;
        }

        thread.State.RecentClientIds.Add(new ClientPost(clientId, seq));
        if (thread.State.RecentClientIds.Count > ClientIdMemory)
        {
            thread.State.RecentClientIds.RemoveAt(0);
        }
    }

    private void RaiseFollower(string userId, FollowLevel floor)
    {
        if (!thread.State.Followers.TryGetValue(userId, out var level) || level < floor && level != FollowLevel.Muted)
        {
            thread.State.Followers[userId] = floor;
        }
    }

    private static Problem NotFound() => Problem.NotFound("スレッド", "The thread");

    private ThreadView View() => new(Id, thread.State.Space, thread.State.Title, thread.State.Status, thread.State.PostCount,
        thread.State.LastSeq, thread.State.AcceptedSeq, thread.State.AuthorId, thread.State.AuthorName, thread.State.CreatedAt,
        thread.State.LastPostAt);
}
