using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>An invited lab's admins accept (join) or decline.</summary>
public sealed record RespondToInvitationCommand(string ConsortiumId, string LabId, bool Accept) : ICommand<Result<ConsortiumView>>, IRequireSignIn;

public sealed class RespondToInvitationAuthorizer(LabGuard guard) : IAuthorizer<RespondToInvitationCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(RespondToInvitationCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Admin);
}

public sealed class RespondToInvitationHandler(IGrainFactory grains) : ICommandHandler<RespondToInvitationCommand, Result<ConsortiumView>>
{
    public async ValueTask<Result<ConsortiumView>> Handle(RespondToInvitationCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<IConsortiumGrain>(command.ConsortiumId).RespondAsync(command.LabId, command.Accept);
}
