using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Live;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

public sealed record LeaveConsortiumCommand(string ConsortiumId, string LabId) : ICommand<Result<ConsortiumView>>, IRequireSignIn;

public sealed class LeaveConsortiumAuthorizer(LabGuard guard) : IAuthorizer<LeaveConsortiumCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(LeaveConsortiumCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Admin);
}

public sealed class LeaveConsortiumHandler(IGrainFactory grains, SpaceRevocation revocation) : ICommandHandler<LeaveConsortiumCommand, Result<ConsortiumView>>
{
    public async ValueTask<Result<ConsortiumView>> Handle(LeaveConsortiumCommand command, CancellationToken cancellationToken)
    {
        var left = await grains.GetGrain<IConsortiumGrain>(command.ConsortiumId).LeaveAsync(command.LabId);
        if (!left.IsSuccess || await grains.GetGrain<ILabGrain>(command.LabId).GetAsync() is not { } lab)
        {
            return left;
        }

        // The lab's people stop hearing the consortium, unless another of their labs is still in it.
        var consortium = left.ValueOrThrow();
        foreach (var member in lab.Members)
        {
            var labs = (await grains.GetGrain<IUserGrain>(member.UserId).GetAsync())?.Labs ?? [];
            if (!ConsortiumRole.Of(consortium, labs, false).IsMember)
            {
                await revocation.RevokeAsync(member.UserId, Spaces.Consortium(command.ConsortiumId));
            }
        }

        return left;
    }
}
