using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// One topic thread, keyed by thread id: title, space, status and followers, with posts in pages. Owns the
/// numbering of its posts and of the thread:{id} stream, so posts and events are in one order for everyone.
/// </summary>
public interface ITopicThreadGrain : IGrainWithStringKey
{
    Task<Result<ThreadView>> CreateAsync(NewThread created);

    /// <summary>The thread, or null when no thread has this id.</summary>
    [ReadOnly]
    Task<ThreadView?> GetAsync();

    /// <summary>Adds a post; a clientId seen before answers the post it made, and adds nothing.</summary>
    Task<Result<PostReceipt>> AddPostAsync(NewPost newPost);

    Task<Result<Post>> EditPostAsync(long seq, string editorId, bool moderator, string body, string html);

    Task<Result<Post>> DeletePostAsync(long seq, string userId, bool moderator);

    /// <summary>An operator hides a flagged post: its text is emptied for everyone and post.hidden goes out.</summary>
    Task<Result<Post>> HidePostAsync(long seq);

    Task<Result<Post>> ReactAsync(long seq, string userId, string emoji, bool add);

    Task<Result<ThreadView>> ResolveAsync(string userId, bool moderator, long? acceptedSeq);

    Task<Result<ThreadView>> ReopenAsync(string userId, bool moderator);

    Task<Result<Following>> FollowAsync(string userId, FollowLevel level);

    [ReadOnly]
    Task<Result<IReadOnlyList<Post>>> GetPostsAsync(long afterSeq, int limit);

    [ReadOnly]
    Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq);
}
