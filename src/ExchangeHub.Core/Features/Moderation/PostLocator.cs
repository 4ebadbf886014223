using System.Globalization;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Core.Features.Moderation;

/// <summary>Finds a post by its seq or its id. An id is looked up page by page, which only a flag (a rare act) pays for.</summary>
public static class PostLocator
{
    private const int PageSize = 200;

    public static async Task<Post?> FindAsync(IGrainFactory grains, string threadId, string postId, long postCount)
    {
        var thread = grains.GetGrain<ITopicThreadGrain>(threadId);
        if (long.TryParse(postId, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            var read = seq < 1 || seq > postCount ? null : (await thread.GetPostsAsync(seq - 1, 1)).Value;
            return read is { Count: > 0 } ? read[0] : null;
        }

        for (long after = 0; after < postCount; after += PageSize)
        {
            if ((await thread.GetPostsAsync(after, PageSize)).Value?.FirstOrDefault(p => p.Id == postId) is { } post)
            {
                return post;
            }
        }

        return null;
    }
}
