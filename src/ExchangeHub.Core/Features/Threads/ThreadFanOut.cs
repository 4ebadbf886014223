using ExchangeHub.Core.Features.Notifications;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Tells followers about a new post: read positions for everyone who tracks or watches, notifications for the mentioned,
/// the author replied to and the watchers. The calls are one-way, so a post never waits for its followers.
/// </summary>
public static class ThreadFanOut
{
    private const int ExcerptLength = 120;

    public static void PostAdded(
        IGrainFactory grains, ThreadRef thread, Post post, IReadOnlyDictionary<string, FollowLevel> followers,
        IReadOnlyList<string> mentioned, string? repliedAuthorId)
    {
        foreach (var (userId, level) in followers)
        {
            if (userId == post.AuthorId)
            {
                _ = grains.GetGrain<IFollowingGrain>(userId).NoteAsync(new ThreadActivity(thread, post.Seq, post.CreatedAt, level, true, post.Seq));
            }
            else if (level >= FollowLevel.Tracking)
            {
                _ = grains.GetGrain<IFollowingGrain>(userId).NoteAsync(new ThreadActivity(thread, post.Seq, post.CreatedAt, level, false, null));
            }
        }

        var notified = new HashSet<string> { post.AuthorId };
        foreach (var userId in mentioned.Where(id => followers.GetValueOrDefault(id) != FollowLevel.Muted && notified.Add(id)))
        {
            Notify(grains, userId, NotificationKinds.Mention, thread, post);
        }

        if (repliedAuthorId is not null && followers.GetValueOrDefault(repliedAuthorId) != FollowLevel.Muted && notified.Add(repliedAuthorId))
        {
            Notify(grains, repliedAuthorId, NotificationKinds.Reply, thread, post);
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
