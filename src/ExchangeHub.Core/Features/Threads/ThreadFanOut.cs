using ExchangeHub.Core.Features.Notifications;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Tells followers about new posts: read positions for everyone who tracks or watches, notifications for the mentioned,
/// the author replied to and the watchers. The calls are one-way, so a post never waits for its followers. Posts told
/// together give each follower one note, that of the last of them, since a note only ever moves a position forward.
/// </summary>
public static class ThreadFanOut
{
    private const int ExcerptLength = 120;

    /// <summary>Tells of new posts, given in seq order.</summary>
    public static void PostsAdded(
        IGrainFactory grains, ThreadRef thread, IReadOnlyList<AddedPost> added, IReadOnlyDictionary<string, FollowLevel> followers)
    {
        if (added.Count == 0)
        {
            return;
        }

        var latest = added[^1].Post;
        var ownLatest = new Dictionary<string, long>();
        foreach (var post in added)
        {
            ownLatest[post.Post.AuthorId] = post.Post.Seq;
        }

        foreach (var (userId, level) in followers)
        {
            if (ownLatest.TryGetValue(userId, out var own))
            {
                _ = grains.GetGrain<IFollowingGrain>(userId).NoteAsync(new ThreadActivity(thread, latest.Seq, latest.CreatedAt, level, true, own));
            }
            else if (level >= FollowLevel.Tracking)
            {
                _ = grains.GetGrain<IFollowingGrain>(userId).NoteAsync(new ThreadActivity(thread, latest.Seq, latest.CreatedAt, level, false, null));
            }
        }

        foreach (var post in added)
        {
            Notify(grains, thread, post, followers);
        }
    }

    private static void Notify(IGrainFactory grains, ThreadRef thread, AddedPost added, IReadOnlyDictionary<string, FollowLevel> followers)
    {
        var post = added.Post;
        var notified = new HashSet<string> { post.AuthorId };
        foreach (var userId in added.Mentioned.Where(id => followers.GetValueOrDefault(id) != FollowLevel.Muted && notified.Add(id)))
        {
            Notify(grains, userId, NotificationKinds.Mention, thread, post);
        }

        if (added.RepliedAuthorId is { } replied && followers.GetValueOrDefault(replied) != FollowLevel.Muted && notified.Add(replied))
        {
            Notify(grains, replied, NotificationKinds.Reply, thread, post);
        }

        foreach (var (userId, _) in followers.Where(f => f.Value == FollowLevel.Watching && notified.Add(f.Key)))
        {
            Notify(grains, userId, NotificationKinds.Watching, thread, post);
        }
    }

    private static void Notify(IGrainFactory grains, string userId, string kind, ThreadRef thread, Post post) =>
        _ = grains.GetGrain<INotificationInboxGrain>(userId)
            .AddAsync(new NewNotification(kind, thread.ThreadId, thread.Title, post.Seq, post.AuthorName, Excerpt(post.Body)));

    private static string Excerpt(string body) => body.Length <= ExcerptLength ? body : body[..ExcerptLength] + "…";
}
