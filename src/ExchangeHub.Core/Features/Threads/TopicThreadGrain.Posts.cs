using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Live;
using Microsoft.Extensions.Logging;

namespace ExchangeHub.Core.Features.Threads;

public sealed partial class TopicThreadGrain
{
    // Takes the posts that arrived while the lane was busy, as many as the current page of events has room for; the rest,
    // and posts arriving from now on, wait for the next batch. A batch so never spans two event pages, and its one page
    // write is where its posts are stored.
    private async Task StorePendingAsync()
    {
        // Calls that arrived while the grain's turn was taken (by a write in the turn, see StoreAsync) wait in the
        // grain's queue, not among the pending posts. Yielding once lets them in first: they join this batch instead of
        // each starting one of its own. An idle thread's yield comes straight back.
        await Task.Yield();
        List<PendingPost> pending = [];
        var batch = new PostBatch();
        var answers = new List<Result<PostReceipt>>();
        Task sending;
        try
        {
            sending = await ExclusiveAsync(async () =>
            {
                try
                {
                    while (_pending.Count > pending.Count && (batch.Events.Count == 0 || !EventLog.EndsPage(thread.State.LastSeq)))
                    {
                        var post = _pending[pending.Count];
                        pending.Add(post);
                        answers.Add(await AcceptAsync(post.NewPost, batch));
                    }
                }
                catch (Exception e)
                {
                    Break(e);
                    throw;
                }
                finally
                {
                    _pending.RemoveRange(0, pending.Count);
                    _batchScheduled = _pending.Count > 0;
                    if (_batchScheduled)
                    {
                        _ = StorePendingAsync();
                    }
                }

                return batch.Posts.Count > 0 ? await StoreAsync(batch, checkpoint: false) : Task.CompletedTask;
            });
        }
        catch (Exception e)
        {
            foreach (var post in pending)
            {
                post.Answer.TrySetException(e);
            }

            if (_broken is not null)
            {
                // Refused before it took any: every post still waiting would wait for a batch that never comes.
                foreach (var post in _pending)
                {
                    post.Answer.TrySetException(e);
                }

                _pending.Clear();
                _batchScheduled = false;
            }

            return;
        }

        // The lane is free again: the next batch is stored while this one goes out. The posts are stored whatever
        // happens here, so their authors are told so; they are answered once everyone watching has been sent their
        // posts. The space's list and the followers hear of them a moment later (TellSoon).
        if (batch.Posts.Count > 0)
        {
            await PassOnAsync(sending);
            TellSoon(batch);
        }

        for (var i = 0; i < pending.Count; i++)
        {
            pending[i].Answer.TrySetResult(answers[i]);
        }
    }

    private async Task<Result<PostReceipt>> AcceptAsync(NewPost newPost, PostBatch batch)
    {
        if (!thread.State.Exists)
        {
            return NotFound();
        }

        if (newPost.ClientId is { } clientId && thread.State.RecentClientIds.Find(c => c.ClientId == clientId) is { } seen)
        {
            var first = batch.Posts.Find(p => p.Seq == seen.Seq) ?? await FindPostAsync(seen.Seq);
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

        batch.Add(post, newPost.MentionedUserIds,
            LiveEvent.Create(StreamNames.Thread(Id), ++thread.State.LastSeq, ThreadEventTypes.PostCreated, now, post) with
            {
                ClientKey = newPost.ClientId,
                Mentioned = newPost.MentionedUserIds.Count > 0 ? newPost.MentionedUserIds : null,
            });
        return new PostReceipt(post, true);
    }

    // The batch's one append to its event page is where its posts are stored; their post pages follow at the next
    // checkpoint, due when the page of events fills. Answers the sending of the events.
    private Task<Task> StoreAsync(PostBatch batch, bool checkpoint) => StoreAsync(batch.Events, batch.Posts, checkpoint);

    // Events go out in the order they were stored. While posts wait, on the thread pool rather than in the grain's
    // turn: sending an event to every connection watching a busy thread costs more than storing it, and the next batch
    // need not wait for that. With nothing waiting and nothing still going out, at once, sparing the hand-off.
    private Task Send(IReadOnlyList<LiveEvent> stored)
    {
        var before = _sent;
        _sent = before.IsCompleted && _pending.Count == 0
            ? SendNowAsync(stored)
            : Task.Run(async () =>
            {
                // After the sending before, failed or not: whoever awaited it has logged its failure.
                await Task.WhenAny(before);
                await SendNowAsync(stored);
            });
        return _sent;
    }

    private async Task SendNowAsync(IReadOnlyList<LiveEvent> stored)
    {
        foreach (var liveEvent in stored)
        {
            await events.PublishAsync(liveEvent);
        }
    }

    private async Task PassOnAsync(Task step)
    {
        try
        {
            await step;
        }
        catch (Exception e)
        {
            LogNotPassedOn(logger, e, Id);
        }
    }

    // The sends just handed to the connections still have to leave the node, and on a small machine the calls to the
    // space and to every follower would take the same cores from them: the people watching come first. Batches that
    // end within the delay are told together, so a busy thread updates its list and each follower once per delay
    // rather than once per batch. Deactivation tells what waits; a node that dies in between loses those notes, as a
    // one-way call can be lost, and the thread's next post brings the positions back.
    private void TellSoon(PostBatch batch)
    {
        _untold.Add(batch);
        _telling ??= this.RegisterGrainTimer(_ => TellAsync(), new GrainTimerCreationOptions(_tellDelay, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private async Task TellAsync()
    {
        _telling?.Dispose();
        _telling = null;
        if (_untold.Count == 0)
        {
            return;
        }

        List<PostBatch> batches = [.. _untold];
        _untold.Clear();
        _ = PassOnAsync(UpdateSpaceAsync());
        await PassOnAsync(TellFollowersAsync(batches));
    }

    private async Task TellFollowersAsync(IReadOnlyList<PostBatch> batches)
    {
        var added = new List<AddedPost>();
        foreach (var batch in batches)
        {
            for (var i = 0; i < batch.Posts.Count; i++)
            {
                var post = batch.Posts[i];
                var replied = post.ReplyTo is { } to
                    ? batches.Select(b => b.Posts.Find(p => p.Seq == to)).FirstOrDefault(p => p is not null) ?? await FindPostAsync(to)
                    : null;
                added.Add(new AddedPost(post, batch.Mentioned[i], replied?.AuthorId));
            }
        }

        ThreadFanOut.PostsAdded(GrainFactory, Ref, added, thread.State.Followers);
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Thread {ThreadId} stored posts, but did not send them live or tell its space's list or followers")]
    private static partial void LogNotPassedOn(ILogger logger, Exception exception, string threadId);
}

