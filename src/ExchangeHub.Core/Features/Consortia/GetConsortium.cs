using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>The consortium, for members of its joined labs and operators; an invited lab sees only its invitation.</summary>
public sealed record GetConsortiumQuery(string ConsortiumId) : IQuery<Result<ConsortiumRole>>, IRequireSignIn;

public sealed class GetConsortiumAuthorizer(ConsortiumGuard guard) : IAuthorizer<GetConsortiumQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetConsortiumQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ConsortiumId, role => role.Sees);
}

public sealed class GetConsortiumHandler(ConsortiumGuard guard) : IQueryHandler<GetConsortiumQuery, Result<ConsortiumRole>>
{
    public async ValueTask<Result<ConsortiumRole>> Handle(GetConsortiumQuery query, CancellationToken cancellationToken) =>
        await guard.LoadAsync(query.ConsortiumId);
}
