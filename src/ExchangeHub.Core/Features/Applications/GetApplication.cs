using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Applications;

public sealed record GetApplicationQuery(string Key) : IQuery<Result<ApplicationDetails>>, IRequireSignIn;

public sealed record ApplicationDetails(ApplicationOwner Owner, ApplicationView Application, Completeness Completeness);

public sealed class GetApplicationAuthorizer(ApplicationAccess access) : IAuthorizer<GetApplicationQuery>
{
    public async ValueTask<Problem?> AuthorizeAsync(GetApplicationQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        (await access.CheckAsync(message.Key, user, toEdit: false)).Problem;
}

public sealed class GetApplicationHandler(IGrainFactory grains, ApplicationAccess access, ICurrentUser user)
    : IQueryHandler<GetApplicationQuery, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var owner = await access.CheckAsync(query.Key, user, toEdit: false);
        if (!owner.IsSuccess)
        {
            return owner.Problem;
        }

        var application = await grains.GetGrain<IApplicationGrain>(query.Key).GetAsync();
        return new ApplicationDetails(owner.ValueOrThrow(), application, Completeness.Of(application));
    }
}
