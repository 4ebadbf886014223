using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record GetThreadQuery(string ThreadId) : IQuery<Result<GuardedThread>>;

public sealed class GetThreadAuthorizer(ThreadGuard guard) : IAuthorizer<GetThreadQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetThreadQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanRead);
}

public sealed class GetThreadHandler(ThreadGuard guard) : IQueryHandler<GetThreadQuery, Result<GuardedThread>>
{
    public async ValueTask<Result<GuardedThread>> Handle(GetThreadQuery query, CancellationToken cancellationToken) =>
        await guard.LoadAsync(query.ThreadId);
}
