using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>For operators: waiting requests that no mentor on duty could be told of.</summary>
public sealed record ListUnservedRequestsQuery : IQuery<Result<IReadOnlyList<DeskEntry>>>, IRequireSignIn;

public sealed class ListUnservedRequestsAuthorizer : IAuthorizer<ListUnservedRequestsQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(ListUnservedRequestsQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(MentorGuard.RequireOperator(user));
}

public sealed class ListUnservedRequestsHandler(IGrainFactory grains) : IQueryHandler<ListUnservedRequestsQuery, Result<IReadOnlyList<DeskEntry>>>
{
    public async ValueTask<Result<IReadOnlyList<DeskEntry>>> Handle(ListUnservedRequestsQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<DeskEntry>>.Ok(await grains.GetGrain<IMentorDeskGrain>(0).ListUnservedAsync());
}
