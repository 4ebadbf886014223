using ExchangeHub.Core.Common;

namespace ExchangeHub.Core.Features.Threads;

/// <remarks>A write that fails ends the activation (ReloadAfterFailedCall), so posts not stored never linger here.</remarks>
public sealed class PostPageGrain([PersistentState("posts")] IPersistentState<PostPageState> page) : Grain, IPostPageGrain
{
    public async Task PutAsync(IReadOnlyList<Post> posts)
    {
        SeqLists.Put(page.State.Posts, posts, post => post.Seq);
        await page.WriteStateAsync();
    }

    public Task<Post?> GetAsync(long seq) => Task.FromResult(page.State.Posts.FirstOrDefault(p => p.Seq == seq));

    public Task<IReadOnlyList<Post>> ReadAfterAsync(long afterSeq, int limit) =>
        Task.FromResult<IReadOnlyList<Post>>(page.State.Posts.Where(p => p.Seq > afterSeq).OrderBy(p => p.Seq).Take(limit).ToList());
}
