using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>The consortium, for members of its joined labs and operators; an invited lab sees only its invitation.</summary>
public sealed record GetConsortiumQuery(string ConsortiumId) : IQuery<Result<ConsortiumRole>>, IRequireSignIn, IConsortiumScoped
{
    public bool Allows(ConsortiumRole role) => role.Sees;
}

public sealed class GetConsortiumHandler(ConsortiumGuard guard) : IQueryHandler<GetConsortiumQuery, Result<ConsortiumRole>>
{
    public async ValueTask<Result<ConsortiumRole>> Handle(GetConsortiumQuery query, CancellationToken cancellationToken) =>
        await guard.LoadAsync(query.ConsortiumId);
}
