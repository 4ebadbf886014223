using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record GetPostsQuery(string ThreadId, long After, int Limit) : IQuery<Result<PostList>>;

public sealed record PostList(IReadOnlyList<Post> Items, long LastSeq);

public sealed class GetPostsValidator : AbstractValidator<GetPostsQuery>
{
    public GetPostsValidator()
    {
        RuleFor(q => q.After).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Limit).InclusiveBetween(1, 500);
    }
}

public sealed class GetPostsAuthorizer(ThreadGuard guard) : IAuthorizer<GetPostsQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetPostsQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanRead);
}

public sealed class GetPostsHandler(IGrainFactory grains) : IQueryHandler<GetPostsQuery, Result<PostList>>
{
    public async ValueTask<Result<PostList>> Handle(GetPostsQuery query, CancellationToken cancellationToken)
    {
        var thread = grains.GetGrain<ITopicThreadGrain>(query.ThreadId);
        var posts = await thread.GetPostsAsync(query.After, query.Limit);
        var view = await thread.GetAsync();
        return posts.IsSuccess ? new PostList(posts.ValueOrThrow(), view?.LastSeq ?? 0) : posts.Problem;
    }
}
