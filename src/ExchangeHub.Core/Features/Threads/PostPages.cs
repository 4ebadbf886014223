namespace ExchangeHub.Core.Features.Threads;

public static class PostPages
{
    public const int Size = 50;

    public static long PageOf(long seq) => (seq - 1) / Size;

    public static string Key(string threadId, long page) => $"{threadId}|{page}";

    public static IPostPageGrain For(IGrainFactory grains, string threadId, long seq) =>
        grains.GetGrain<IPostPageGrain>(Key(threadId, PageOf(seq)));

    /// <summary>Stores posts of one thread: one write per page they fall in.</summary>
    public static Task PutAsync(IGrainFactory grains, string threadId, IReadOnlyList<Post> posts) => Task.WhenAll(posts
        .GroupBy(post => PageOf(post.Seq))
        .Select(page => grains.GetGrain<IPostPageGrain>(Key(threadId, page.Key)).PutAsync(page.ToList())));

    /// <summary>
    /// Posts after <paramref name="afterSeq"/>, oldest first, up to <paramref name="lastSeq"/>, reading only the pages
    /// that hold them; <paramref name="unsettled"/> are newer versions than the pages have.
    /// </summary>
    public static async Task<IReadOnlyList<Post>> ReadAsync(
        IGrainFactory grains, string threadId, long afterSeq, int limit, long lastSeq, IReadOnlyList<Post> unsettled)
    {
        var from = Math.Max(afterSeq, 0) + 1;
        var to = Math.Min(lastSeq, from + limit - 1);
        if (from > to)
        {
            return [];
        }

        var reads = new List<Task<IReadOnlyList<Post>>>();
        for (var page = PageOf(from); page <= PageOf(to); page++)
        {
            reads.Add(grains.GetGrain<IPostPageGrain>(Key(threadId, page)).ReadAfterAsync(from - 1, limit));
        }

        var posts = (await Task.WhenAll(reads)).SelectMany(page => page).Where(p => p.Seq <= to).ToDictionary(p => p.Seq);
        foreach (var post in unsettled.Where(p => p.Seq >= from && p.Seq <= to))
        {
            posts[post.Seq] = post;
        }

        return posts.Values.OrderBy(p => p.Seq).ToList();
    }
}
