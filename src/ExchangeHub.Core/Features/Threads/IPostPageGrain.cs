using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// A page of up to <see cref="PostPages.Size"/> posts of one thread, keyed "{threadId}|{page}". Posts live in pages so
/// that adding one costs a write of one bounded page however long the thread is. Only the thread grain writes here.
/// </summary>
public interface IPostPageGrain : IGrainWithStringKey
{
    /// <summary>Adds the posts, or replaces those with the same seq (an edit, a deletion, a reaction), in one write.</summary>
    Task PutAsync(IReadOnlyList<Post> posts);

    [ReadOnly]
    Task<Post?> GetAsync(long seq);

    [ReadOnly]
    Task<IReadOnlyList<Post>> ReadAfterAsync(long afterSeq, int limit);
}
