using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Live;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// A thread's events are where its changes are stored: a batch of posts, an edit or a reaction is one write of its
/// event page, and the thread's own state and its post pages are a checkpoint. On activation the thread reads the
/// events past its checkpoint and replays them, holding the posts they created or changed until the next checkpoint
/// puts them on their pages. A failed write ends the activation (see Break), so this is the only way back to a
/// stored state.
/// </summary>
public sealed partial class TopicThreadGrain
{
    // True when events past the checkpoint were replayed.
    private async Task<bool> RecoverAsync()
    {
        if (!thread.State.Exists)
        {
            return false;
        }

        var (tail, unsettled) = await EventTail.OpenAsync(events, storage, StreamNames.Thread(Id), thread.State.LastSeq);
        _tail = Task.FromResult(tail);
        foreach (var liveEvent in unsettled)
        {
            Replay(liveEvent, _unsettled);
        }

        return unsettled.Count > 0;
    }

    private void Replay(LiveEvent liveEvent, Dictionary<long, Post> posts)
    {
        thread.State.LastSeq = liveEvent.Seq;
        switch (liveEvent.Type)
        {
            case ThreadEventTypes.PostCreated when liveEvent.Data<Post>() is { } post:
                thread.State.PostCount = Math.Max(thread.State.PostCount, post.Seq);
                thread.State.LastPostAt = post.CreatedAt;
                RememberClientId(liveEvent.ClientKey, post.Seq);
                RaiseFollower(post.AuthorId, FollowLevel.Tracking);
                foreach (var mentioned in liveEvent.Mentioned ?? [])
                {
                    RaiseFollower(mentioned, FollowLevel.Tracking);
                }

                posts[post.Seq] = post;
                break;
            case ThreadEventTypes.PostEdited or ThreadEventTypes.PostDeleted or ThreadEventTypes.PostHidden or ThreadEventTypes.PostReacted
                when liveEvent.Data<Post>() is { } changed:
                posts[changed.Seq] = changed;
                break;
            case ThreadEventTypes.ThreadResolved or ThreadEventTypes.ThreadReopened when liveEvent.Data<StatusChange>() is { } change:
                thread.State.Status = change.Status;
                thread.State.AcceptedSeq = change.AcceptedSeq;
                break;
            default:
                break;
        }
    }
}
