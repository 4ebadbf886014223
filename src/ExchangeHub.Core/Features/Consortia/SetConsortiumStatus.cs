using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>The lead moves the consortium through forming, drafting and submitted; the operator records the outcome.</summary>
public sealed record SetConsortiumStatusCommand(string ConsortiumId, string Status) : ICommand<Result<ConsortiumView>>, IRequireSignIn, IConsortiumScoped
{
    public bool Allows(ConsortiumRole role) => ConsortiumStatus.IsOutcome(Status) ? role.IsOperator : role.IsLeadAdmin;
}

public sealed class SetConsortiumStatusValidator : AbstractValidator<SetConsortiumStatusCommand>
{
    public SetConsortiumStatusValidator() => RuleFor(c => c.Status).NotEmpty().Must(s => ConsortiumStatus.All.Contains(s))
        .WithMessage(_ => Say.Text("状態は " + string.Join(", ", ConsortiumStatus.All) + " のいずれかです。", "Status is one of " + string.Join(", ", ConsortiumStatus.All) + "."));
}

public sealed class SetConsortiumStatusHandler(IGrainFactory grains, ICurrentUser user) : ICommandHandler<SetConsortiumStatusCommand, Result<ConsortiumView>>
{
    public async ValueTask<Result<ConsortiumView>> Handle(SetConsortiumStatusCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<IConsortiumGrain>(command.ConsortiumId).SetStatusAsync(command.Status, user.IsInRole(Roles.Operator));
}
