using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>Removes someone from a lab (an admin does it, or the member leaves) and cuts their live view of its threads, its mentor requests and its consortia at once.</summary>
public sealed record RemoveLabMemberCommand(string LabId, string UserId) : ICommand<Result<LabDetails>>, IRequireSignIn;

public sealed class RemoveLabMemberAuthorizer(LabGuard guard) : IAuthorizer<RemoveLabMemberCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(RemoveLabMemberCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        message.UserId == user.UserId
            ? guard.RequireAsync(message.LabId, user, LabRoles.Member)
            : guard.RequireAsync(message.LabId, user, LabRoles.Admin);
}

public sealed class RemoveLabMemberHandler(IGrainFactory grains, SpaceRevocation revocation) : ICommandHandler<RemoveLabMemberCommand, Result<LabDetails>>
{
    public async ValueTask<Result<LabDetails>> Handle(RemoveLabMemberCommand command, CancellationToken cancellationToken)
    {
        var removed = await grains.GetGrain<ILabGrain>(command.LabId).RemoveMemberAsync(command.UserId);
        if (!removed.IsSuccess)
        {
            return removed;
        }

        await grains.GetGrain<IUserGrain>(command.UserId).RemoveLabMembershipAsync(command.LabId);
        await revocation.RevokeAsync(command.UserId, Spaces.Lab(command.LabId));
        await RevokeRequestsAsync(command);
        await RevokeConsortiaAsync(command);
        return removed;
    }

    // The lab's mentor requests were theirs to follow only as a member, unless they are the mentor who claimed one.
    private async Task RevokeRequestsAsync(RemoveLabMemberCommand command)
    {
        foreach (var summary in await grains.GetGrain<IMentorRequestIndexGrain>(IMentorRequestIndexGrain.OfLab(command.LabId)).ListAsync())
        {
            if ((await grains.GetGrain<IMentorRequestGrain>(summary.Id).GetAsync())?.MentorId != command.UserId)
            {
                await revocation.RevokeAsync(command.UserId, Spaces.MentorRequest(summary.Id));
            }
        }
    }

    // The lab's consortia were theirs to follow through this lab, unless another of their labs is in them too.
    private async Task RevokeConsortiaAsync(RemoveLabMemberCommand command)
    {
        var labs = (await grains.GetGrain<IUserGrain>(command.UserId).GetAsync())?.Labs ?? [];
        foreach (var joined in await grains.GetGrain<ILabConsortiaGrain>(command.LabId).ListAsync())
        {
            if (await grains.GetGrain<IConsortiumGrain>(joined.ConsortiumId).GetAsync() is not { } consortium
                || !ConsortiumRole.Of(consortium, labs, false).IsMember)
            {
                await revocation.RevokeAsync(command.UserId, Spaces.Consortium(joined.ConsortiumId));
            }
        }
    }
}
