using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>The person's threads — taken part in or followed — newest activity first; only unread ones when asked.</summary>
public sealed record ListMyThreadsQuery(bool UnreadOnly) : IQuery<Result<IReadOnlyList<Following>>>, IRequireSignIn;

public sealed class ListMyThreadsHandler(IGrainFactory grains, ICurrentUser user) : IQueryHandler<ListMyThreadsQuery, Result<IReadOnlyList<Following>>>
{
    public async ValueTask<Result<IReadOnlyList<Following>>> Handle(ListMyThreadsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<Following>>.Ok(await grains.GetGrain<IFollowingGrain>(user.UserId ?? "").ListAsync(query.UnreadOnly));
}
