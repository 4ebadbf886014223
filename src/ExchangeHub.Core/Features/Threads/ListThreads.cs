using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record ListThreadsQuery(string Space, int Skip = 0, int Take = 50) : IQuery<Result<IReadOnlyList<ThreadSummary>>>;

public sealed class ListThreadsAuthorizer(SpaceAccess spaces) : IAuthorizer<ListThreadsQuery>
{
    public async ValueTask<Problem?> AuthorizeAsync(ListThreadsQuery message, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!Spaces.IsWellFormed(message.Space))
        {
            return Problem.NotFound("スペース", "The space");
        }

        var rights = await spaces.RightsAsync(message.Space, user);
        return rights.IsSuccess ? SpaceAccess.Require(rights.ValueOrThrow().CanRead, user) : rights.Problem;
    }
}

public sealed class ListThreadsHandler(IGrainFactory grains) : IQueryHandler<ListThreadsQuery, Result<IReadOnlyList<ThreadSummary>>>
{
    public async ValueTask<Result<IReadOnlyList<ThreadSummary>>> Handle(ListThreadsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<ThreadSummary>>.Ok(await grains.GetGrain<ISpaceGrain>(query.Space).ListAsync(query.Skip, query.Take));
}
