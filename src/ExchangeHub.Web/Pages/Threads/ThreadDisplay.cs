using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>
/// A page of a thread's posts as one reader sees them, with what that reader may do. The thread page and a case study's
/// discussion both show it, and the live script fills new posts into the same markup.
/// </summary>
public sealed record ThreadDisplay(ThreadView Thread, SpaceRights Rights, string? UserId, IReadOnlyList<Post> Posts)
{
    public const int PageSize = 100;

    /// <summary>The blank post the page's &lt;template&gt; is rendered from.</summary>
    public static readonly Post Blank = new(0, "", "", "", "", "", null, DateTimeOffset.UnixEpoch, null, false, [], 1);

    /// <summary>Where actions return to when they are made from another page, such as a case study's.</summary>
    public string? ReturnUrl { get; init; }

    public string Url => $"/threads/{Thread.Id}";

    public string Stream => StreamNames.Thread(Thread.Id);

    public string ActionsFormId => $"thread-actions-{Thread.Id}";

    public long FirstShownSeq => Posts.Count > 0 ? Posts[0].Seq : Thread.LastSeq + 1;

    public long LastShownSeq => Posts.Count > 0 ? Posts[^1].Seq : Thread.LastSeq;

    public bool HasEarlier => FirstShownSeq > 1;

    public bool IsLatest => LastShownSeq >= Thread.LastSeq;

    public bool IsResolved => Thread.State == ThreadStatus.Resolved;

    public bool CanPost => UserId is not null && Rights.CanPost;

    public bool CanResolve => UserId is not null && ((Rights.CanPost && Thread.AuthorId == UserId) || Rights.CanModerate);

    public bool CanChange(Post post) =>
        UserId is not null && !post.Deleted && ((Rights.CanPost && post.AuthorId == UserId) || Rights.CanModerate);

    public bool ReactedBy(Reaction reaction) => UserId is not null && reaction.UserIds.Contains(UserId);

    /// <summary>The thread and up to <see cref="PageSize"/> posts before <paramref name="before"/>, or the latest ones.</summary>
    public static async Task<Result<ThreadDisplay>> LoadAsync(IMediator mediator, string threadId, long? before, string? userId)
    {
        // The thread (with its stream position) is read before its posts: a post made in between comes both ways and
        // the live script keeps one, while reading in the other order could miss it.
        var guarded = await mediator.Send(new GetThreadQuery(threadId));
        if (!guarded.IsSuccess)
        {
            return guarded.Problem;
        }

        var (thread, rights) = guarded.ValueOrThrow();
        var end = before is { } b && b > 0 && b <= thread.LastSeq ? b - 1 : thread.LastSeq;
        var after = Math.Max(0, end - PageSize);
        IReadOnlyList<Post> posts = [];
        if (end > after)
        {
            var page = await mediator.Send(new GetPostsQuery(threadId, after, (int)(end - after)));
            if (!page.IsSuccess)
            {
                return page.Problem;
            }

            posts = page.ValueOrThrow().Items;
        }

        return new ThreadDisplay(thread, rights, userId, posts);
    }

    /// <summary>One post of a thread, or null when there is none with that number or the reader may not see it.</summary>
    public static async Task<Post?> FindPostAsync(IMediator mediator, string threadId, long seq)
    {
        var page = seq > 0 ? (await mediator.Send(new GetPostsQuery(threadId, seq - 1, 1))).Value : null;
        return page?.Items is [var post, ..] && post.Seq == seq ? post : null;
    }
}
