namespace ExchangeHub.Core.Features.Threads;

public sealed class PostPageGrain([PersistentState("posts")] IPersistentState<PostPageState> page) : Grain, IPostPageGrain
{
    public async Task PutAsync(IReadOnlyList<Post> posts)
    {
        foreach (var post in posts)
        {
            var index = page.State.Posts.FindIndex(existing => existing.Seq == post.Seq);
            if (index >= 0)
            {
                page.State.Posts[index] = post;
            }
            else
            {
                page.State.Posts.Add(post);
            }
        }

        try
        {
            await page.WriteStateAsync();
        }
        catch
        {
            // What was not stored must not linger in memory, to be read or written later with someone else's change; a
            // read back could fail as the write did, so the next call reads the page in a new activation instead.
            DeactivateOnIdle();
            throw;
        }
    }

    public Task<Post?> GetAsync(long seq) => Task.FromResult(page.State.Posts.FirstOrDefault(p => p.Seq == seq));

    public Task<IReadOnlyList<Post>> ReadAfterAsync(long afterSeq, int limit) =>
        Task.FromResult<IReadOnlyList<Post>>(page.State.Posts.Where(p => p.Seq > afterSeq).OrderBy(p => p.Seq).Take(limit).ToList());
}
