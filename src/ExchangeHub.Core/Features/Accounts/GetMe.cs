using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Accounts;

public sealed record GetMeQuery : IQuery<Result<UserProfile>>, IRequireSignIn;

public sealed class GetMeHandler(IGrainFactory grains, ICurrentUser currentUser) : IQueryHandler<GetMeQuery, Result<UserProfile>>
{
    public async ValueTask<Result<UserProfile>> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var profile = currentUser.UserId is { } id ? await grains.GetGrain<IUserGrain>(id).GetAsync() : null;
        return profile is null ? Problem.Unauthenticated() : profile;
    }
}
