using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Applications;

public sealed record GetApplicationQuery(string Key) : IQuery<Result<ApplicationDetails>>, IRequireSignIn;

public sealed record ApplicationDetails(ApplicationOwner Owner, ApplicationView Application, Completeness Completeness);

public sealed class GetApplicationHandler(ApplicationReader reader, ICurrentUser user)
    : IQueryHandler<GetApplicationQuery, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(GetApplicationQuery query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(query.Key, user);
}
