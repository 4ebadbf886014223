using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Providers;
using Orleans.Storage;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Changes run one at a time in the grain's lane, as a non-reentrant grain would run them; reads answer at once from
/// the state last stored. Posts that arrive while the lane is busy are stored together as the next batch (one write
/// of each page they touch and one of the thread), so a busy thread takes more posts per disk sync instead of queueing
/// one sync per post.
/// </summary>
[Reentrant]
public sealed partial class TopicThreadGrain(
    [PersistentState("thread")] IPersistentState<ThreadState> thread,
    [FromKeyedServices(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)] IGrainStorage storage,
    EventLog events, TimeProvider clock, ILogger<TopicThreadGrain> logger)
    : Grain, ITopicThreadGrain
{
    private const int ClientIdMemory = 500;
    private static readonly TimeSpan _tellDelay = TimeSpan.FromMilliseconds(10);

    private Task _lane = Task.CompletedTask;
    private Task _sent = Task.CompletedTask;
    private readonly List<PendingPost> _pending = [];
    private bool _batchScheduled;
    private ThreadView? _stored;

    // Opened on activation when the thread exists, else by whichever read or change first needs it (TailAsync).
    private Task<EventTail>? _tail;
    private Exception? _broken;

    // Posts created or changed since the checkpoint: stored in their events, and put on their pages with the next
    // checkpoint, so a post costs one write. Reads overlay them on the pages.
    private readonly Dictionary<long, Post> _unsettled = [];

    // Stored and sent batches whose space and followers have not been told yet (TellSoon).
    private readonly List<PostBatch> _untold = [];
    private IGrainTimer? _telling;

    private string Id => this.GetPrimaryKeyString();

    private ThreadRef Ref => new(Id, thread.State.Space, thread.State.Title);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var replayed = await RecoverAsync();
        _stored = thread.State.Exists ? View() : null;
        if (replayed)
        {
            // The space may not have written this thread's last activity before its node stopped.
            _ = PassOnAsync(UpdateSpaceAsync());
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => TellAsync();

    public Task<Result<ThreadView>> CreateAsync(NewThread created) => ExclusiveAsync(async () =>
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
        var batch = new PostBatch();
        if (created.FirstPost is { } first)
        {
            await AcceptAsync(first, batch);
        }

        await await StoreAsync(batch, checkpoint: true);
        await UpdateSpaceAsync();
        await TellFollowersAsync([batch]);
        return Result<ThreadView>.Ok(View());
    });

    public Task<ThreadView?> GetAsync() => Task.FromResult(_stored);

    public Task<Result<PostReceipt>> AddPostAsync(NewPost newPost)
    {
        if (_broken is { } failure)
        {
            return Task.FromException<Result<PostReceipt>>(Refusal(failure));
        }

        var pending = new PendingPost(newPost, new TaskCompletionSource<Result<PostReceipt>>(TaskCreationOptions.RunContinuationsAsynchronously));
        _pending.Add(pending);
        if (!_batchScheduled)
        {
            _batchScheduled = true;
            _ = StorePendingAsync();
        }

        return pending.Answer.Task;
    }

    public Task<Result<Post>> EditPostAsync(long seq, string editorId, bool moderator, string body, string html) =>
        ChangePostAsync(seq, editorId, moderator, ThreadEventTypes.PostEdited, async post =>
        {
            await GrainFactory.GetGrain<IPostHistoryGrain>(IPostHistoryGrain.Key(Id, seq))
                .AddAsync(new PostVersion(post.Revision, post.Body, post.Html, post.EditedAt ?? post.CreatedAt));
            return post with { Body = body, Html = html, EditedAt = clock.GetUtcNow(), Revision = post.Revision + 1 };
        });

    public Task<Result<Post>> DeletePostAsync(long seq, string userId, bool moderator) => ExclusiveAsync(async () =>
    {
        var deleted = await ChangePostInLaneAsync(seq, userId, moderator, ThreadEventTypes.PostDeleted,
            post => Task.FromResult(post with { Body = "", Html = "", Deleted = true, Reactions = [], EditedAt = clock.GetUtcNow() }));
        if (deleted.IsSuccess && thread.State.AcceptedSeq == seq)
        {
            // An answer that is gone cannot stay the accepted one; the thread stays resolved until someone reopens it.
            thread.State.AcceptedSeq = null;
            await PublishAsync(ThreadEventTypes.ThreadResolved, new { status = thread.State.Status, acceptedSeq = (long?)null });
            await UpdateSpaceAsync();
        }

        return deleted;
    });

    public Task<Result<Post>> HidePostAsync(long seq) =>
        ChangePostAsync(seq, null, false, ThreadEventTypes.PostHidden,
            post => Task.FromResult(post with { Body = "", Html = "", Hidden = true, Reactions = [] }));

    public Task<Result<Post>> ReactAsync(long seq, string userId, string emoji, bool add) =>
        ChangePostAsync(seq, null, false, ThreadEventTypes.PostReacted, post => Task.FromResult(post with
        {
            Reactions = Reactions.Toggle(post.Reactions, emoji, userId, add),
        }));

    public Task<Result<ThreadView>> ResolveAsync(string userId, bool moderator, long? acceptedSeq) => ExclusiveAsync<Result<ThreadView>>(async () =>
    {
        if (CheckOwner(userId, moderator) is { } problem)
        {
            return problem;
        }

        if (acceptedSeq is { } accepted && (accepted < 1 || accepted > thread.State.PostCount
            || await FindPostAsync(accepted) is not { Deleted: false }))
        {
            return Problem.Invalid("acceptedSeq", Say.Text("その投稿はありません。", "There is no such post."));
        }

        thread.State.Status = ThreadStatus.Resolved;
        thread.State.AcceptedSeq = acceptedSeq;
        await PublishAsync(ThreadEventTypes.ThreadResolved, new { status = ThreadStatus.Resolved, acceptedSeq });
        await UpdateSpaceAsync();
        return View();
    });

    public Task<Result<ThreadView>> ReopenAsync(string userId, bool moderator) => ExclusiveAsync<Result<ThreadView>>(async () =>
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
    });

    public Task<Result<Following>> FollowAsync(string userId, FollowLevel level) => ExclusiveAsync<Result<Following>>(async () =>
    {
        if (!thread.State.Exists)
        {
            return NotFound();
        }

        thread.State.Followers[userId] = level;
        await WriteStateAsync();
        return await GrainFactory.GetGrain<IFollowingGrain>(userId).SetLevelAsync(Ref, level, thread.State.PostCount);
    });

    public async Task<Result<IReadOnlyList<Post>>> GetPostsAsync(long afterSeq, int limit)
    {
        if (_stored is not { } stored)
        {
            return NotFound();
        }

        // Taken before the pages are read: a checkpoint meanwhile puts these posts on their pages before it lets go of them.
        var unsettled = _unsettled.Values.Where(p => p.Seq > afterSeq && p.Seq <= stored.LastSeq).ToList();
        return Result<IReadOnlyList<Post>>.Ok(await PostPages.ReadAsync(GrainFactory, Id, afterSeq, limit, stored.LastSeq, unsettled));
    }

    public async Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq) => _stored is { } stored
        ? Result<IReadOnlyList<LiveEvent>>.Ok(await (await TailAsync()).ReadAfterAsync(afterSeq, stored.StreamSeq))
        : NotFound();

    private Task<Result<Post>> ChangePostAsync(long seq, string? actorId, bool moderator, string eventType, Func<Post, Task<Post>> change) =>
        ExclusiveAsync(() => ChangePostInLaneAsync(seq, actorId, moderator, eventType, change));

    private async Task<Result<Post>> ChangePostInLaneAsync(long seq, string? actorId, bool moderator, string eventType, Func<Post, Task<Post>> change)
    {
        if (!thread.State.Exists || seq < 1 || seq > thread.State.PostCount || await FindPostAsync(seq) is not { } post)
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
        await PublishAsync(eventType, changed, changed);
        return changed;
    }

    private Problem? CheckOwner(string userId, bool moderator) =>
        !thread.State.Exists ? NotFound()
        : thread.State.AuthorId == userId || moderator ? null
        : Problem.Forbidden(Say.Text("スレッドの作成者かモデレーターだけができる操作です。", "Only the thread's author or a moderator may do this."));

    // The event is the record of the change (see RecoverAsync); the thread's state is written only as a checkpoint.
    private async Task PublishAsync<T>(string type, T data, Post? changed = null)
    {
        var liveEvent = LiveEvent.Create(StreamNames.Thread(Id), ++thread.State.LastSeq, type, clock.GetUtcNow(), data);
        await await StoreAsync([liveEvent], changed is null ? [] : [changed], checkpoint: false);
    }

    private async Task WriteStateAsync() => await StoreAsync([], [], checkpoint: true);

    // Events first (EventLog's order), then the view readers get, then the events go out; answers their sending. A
    // checkpoint, when asked for or when the page of events is full, comes last, so nobody watching waits for it: it
    // puts the unsettled posts on their pages and writes the thread's state, which says that everything up to its last
    // seq is on the pages. The events are stored before it, so a checkpoint that fails loses nothing: the next
    // activation replays them.
    private async Task<Task> StoreAsync(List<LiveEvent> stored, IReadOnlyList<Post> changed, bool checkpoint)
    {
        try
        {
            if (stored.Count > 0)
            {
                // A store's write holds its thread while it waits for the disk. A lone change is written in the grain's
                // turn, sparing a hand-off; when others are arriving (a batch, or posts waiting), on the thread pool, so
                // that the grain takes them in meanwhile, as it did while its page's grain wrote. After a write in the
                // turn, a yield lets in the calls that arrived during it, so that Send sees them waiting.
                var busy = stored.Count > 1 || _pending.Count > 0;
                await (await TailAsync()).AppendAsync(stored, onPool: busy);
                if (!busy)
                {
                    await Task.Yield();
                }
            }
        }
        catch (Exception e)
        {
            Break(e);
            throw;
        }

        foreach (var post in changed)
        {
            _unsettled[post.Seq] = post;
        }

        _stored = View();
        var sending = stored.Count > 0 ? Send(stored) : Task.CompletedTask;
        if (checkpoint || EventLog.EndsPage(thread.State.LastSeq))
        {
            try
            {
                if (_unsettled.Count > 0)
                {
                    await PostPages.PutAsync(GrainFactory, Id, [.. _unsettled.Values]);
                }

                await thread.WriteStateAsync();
                _unsettled.Clear();
            }
            catch (Exception e)
            {
                Break(e);
                await PassOnAsync(sending);
                throw;
            }
        }

        return sending;
    }

    // Reads and the lane may both ask first, so they share one opening; one that failed is tried again by the next.
    private Task<EventTail> TailAsync() => _tail is { IsFaulted: false, IsCanceled: false } tail ? tail : _tail = OpenTailAsync();

    private async Task<EventTail> OpenTailAsync() => (await EventTail.OpenAsync(events, storage, StreamNames.Thread(Id), 0)).Tail;

    // A post is on its page unless it changed since the checkpoint; it leaves the unsettled ones only once on its page.
    private async Task<Post?> FindPostAsync(long seq) =>
        _unsettled.TryGetValue(seq, out var post) ? post : await PostPages.For(GrainFactory, Id, seq).GetAsync(seq);

    // A change that was not stored leaves the state in memory ahead of the store, and reading the store back can fail
    // halfway, since an unreachable store is the usual reason a write fails: a thread put back to its checkpoint without
    // its events would hand out their seqs again. So this activation takes no more changes: the failed call ends it
    // (ReloadAfterFailedCall), the changes already waiting in its lane are refused, and the next activation recovers
    // from what is stored.
    private void Break(Exception failure) => _broken ??= failure;

    private InvalidOperationException Refusal(Exception failure) =>
        new($"Thread {Id} failed to store a change; it takes changes again once activated afresh.", failure);

    private async Task<T> ExclusiveAsync<T>(Func<Task<T>> change)
    {
        var before = _lane;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _lane = done.Task;
        try
        {
            await before;
            if (_broken is { } failure)
            {
                throw Refusal(failure);
            }

            return await change();
        }
        finally
        {
            done.SetResult();
        }
    }

    private Task UpdateSpaceAsync() => _stored is { } stored
        ? GrainFactory.GetGrain<ISpaceGrain>(stored.Space).UpsertAsync(ThreadSummary.From(stored))
        : Task.CompletedTask;

    private static Problem NotFound() => Problem.NotFound("スレッド", "The thread");

    private ThreadView View() => new(Id, thread.State.Space, thread.State.Title, thread.State.Status, thread.State.PostCount,
        thread.State.LastSeq, thread.State.AcceptedSeq, thread.State.AuthorId, thread.State.AuthorName, thread.State.CreatedAt,
        thread.State.LastPostAt);
}
