using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>The partnership requests of every lab the person belongs to: received and sent, newest first.</summary>
public sealed record ListMyPartnershipRequestsQuery : IQuery<Result<IReadOnlyList<PartnershipItem>>>, IRequireSignIn;

/// <summary>A request as one person sees it: whether their lab received it, and whether they may answer it now.</summary>
public sealed record PartnershipItem(PartnershipRequest Request, bool Received, bool CanAnswer);

public sealed class ListMyPartnershipRequestsHandler(IGrainFactory grains, ICurrentUser user)
    : IQueryHandler<ListMyPartnershipRequestsQuery, Result<IReadOnlyList<PartnershipItem>>>
{
    public async ValueTask<Result<IReadOnlyList<PartnershipItem>>> Handle(ListMyPartnershipRequestsQuery query, CancellationToken cancellationToken)
    {
        var labs = (await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync())?.Labs ?? [];
        var roles = labs.ToDictionary(lab => lab.LabId, lab => lab.Role);
        var lists = await Task.WhenAll(labs.Select(lab => grains.GetGrain<ILabPartnershipsGrain>(lab.LabId).ListAsync()));
        return Result<IReadOnlyList<PartnershipItem>>.Ok([.. lists
            .SelectMany(requests => requests)
            .DistinctBy(request => request.Id)
            .OrderByDescending(request => request.CreatedAt)
            .Select(request => new PartnershipItem(request, roles.ContainsKey(request.ToLabId),
                request.IsPending && roles.GetValueOrDefault(request.ToLabId) == LabRoles.Admin))]);
    }
}
