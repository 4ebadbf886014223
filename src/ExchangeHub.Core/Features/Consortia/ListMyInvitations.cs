using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>Open invitations to the labs the person runs: all an invited lab may see of a consortium.</summary>
public sealed record ListMyInvitationsQuery : IQuery<Result<IReadOnlyList<Invitation>>>, IRequireSignIn;

public sealed record Invitation(string LabId, string LabName, ConsortiumRef Consortium);

public sealed class ListMyInvitationsHandler(IGrainFactory grains, ICurrentUser user) : IQueryHandler<ListMyInvitationsQuery, Result<IReadOnlyList<Invitation>>>
{
    public async ValueTask<Result<IReadOnlyList<Invitation>>> Handle(ListMyInvitationsQuery query, CancellationToken cancellationToken)
    {
        var profile = await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync();
        var adminOf = profile?.Labs.Where(m => m.Role == LabRoles.Admin).ToList() ?? [];
        var lists = await Task.WhenAll(adminOf.Select(async lab =>
            (await grains.GetGrain<ILabConsortiaGrain>(lab.LabId).ListAsync())
                .Where(c => c.LabState == MemberStates.Invited)
                .Select(c => new Invitation(lab.LabId, lab.LabName, c))));
        return Result<IReadOnlyList<Invitation>>.Ok(lists.SelectMany(items => items).ToList());
    }
}
