using System.Globalization;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Moderation;

/// <summary>
/// Finds a post by its seq, or by its id with the seq the client read it at (one read, the id checked against it).
/// An id alone is looked up page by page from the newest post, which only a flag (a rare act) pays for.
/// </summary>
public static class PostLocator
{
    private const int PageSize = 200;

    public static async Task<Post?> FindAsync(IGrainFactory grains, string threadId, string postId, long? seq, long postCount)
    {
        var thread = grains.GetGrain<ITopicThreadGrain>(threadId);
        if (long.TryParse(postId, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return await ReadAsync(thread, number, postCount);
        }

        if (seq is { } known)
        {
            return await ReadAsync(thread, known, postCount) is { } post && post.Id == postId ? post : null;
        }

        for (var end = postCount; end > 0; end -= PageSize)
        {
            var after = Math.Max(0, end - PageSize);
            if ((await thread.GetPostsAsync(after, (int)(end - after))).Value?.FirstOrDefault(p => p.Id == postId) is { } post)
            {
                return post;
            }
        }

        return null;
    }

    private static async Task<Post?> ReadAsync(ITopicThreadGrain thread, long seq, long postCount)
    {
        var read = seq < 1 || seq > postCount ? null : (await thread.GetPostsAsync(seq - 1, 1)).Value;
        return read is { Count: > 0 } ? read[0] : null;
    }
}
