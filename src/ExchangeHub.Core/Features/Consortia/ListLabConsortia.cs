using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>The consortia a lab is in or invited to, for the lab's members.</summary>
public sealed record ListLabConsortiaQuery(string LabId) : IQuery<Result<IReadOnlyList<ConsortiumRef>>>, IRequireSignIn;

public sealed class ListLabConsortiaAuthorizer(LabGuard guard) : IAuthorizer<ListLabConsortiaQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(ListLabConsortiaQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Member);
}

public sealed class ListLabConsortiaHandler(IGrainFactory grains) : IQueryHandler<ListLabConsortiaQuery, Result<IReadOnlyList<ConsortiumRef>>>
{
    public async ValueTask<Result<IReadOnlyList<ConsortiumRef>>> Handle(ListLabConsortiaQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<ConsortiumRef>>.Ok(await grains.GetGrain<ILabConsortiaGrain>(query.LabId).ListAsync());
}
