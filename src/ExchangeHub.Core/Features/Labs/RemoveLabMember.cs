using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>Removes someone from a lab (an admin does it, or the member leaves) and cuts their live view of its threads at once.</summary>
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
        return removed;
    }
}
