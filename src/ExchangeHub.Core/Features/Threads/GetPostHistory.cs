using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>Every earlier version of a post, oldest first, so edits stay visible as in the best forums.</summary>
public sealed record GetPostHistoryQuery(string ThreadId, long Seq) : IQuery<Result<IReadOnlyList<PostVersion>>>;

public sealed class GetPostHistoryAuthorizer(ThreadGuard guard) : IAuthorizer<GetPostHistoryQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetPostHistoryQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanRead);
}

public sealed class GetPostHistoryHandler(IGrainFactory grains, ThreadGuard guard)
    : IQueryHandler<GetPostHistoryQuery, Result<IReadOnlyList<PostVersion>>>
{
    public async ValueTask<Result<IReadOnlyList<PostVersion>>> Handle(GetPostHistoryQuery query, CancellationToken cancellationToken)
    {
        var thread = (await guard.LoadAsync(query.ThreadId)).ValueOrThrow().Thread;
        if (query.Seq < 1 || query.Seq > thread.LastSeq)
        {
            return Problem.NotFound("投稿", "The post");
        }

        return Result<IReadOnlyList<PostVersion>>.Ok(
            await grains.GetGrain<IPostHistoryGrain>(IPostHistoryGrain.Key(query.ThreadId, query.Seq)).GetAsync());
    }
}
