using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Labs;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

public sealed record InviteLabCommand(string ConsortiumId, string LabId) : ICommand<Result<ConsortiumView>>, IRequireSignIn, IConsortiumScoped
{
    public bool Allows(ConsortiumRole role) => role.IsLeadAdmin;
}

public sealed class InviteLabValidator : AbstractValidator<InviteLabCommand>
{
    public InviteLabValidator() => RuleFor(c => c.LabId).NotEmpty().MaximumLength(100);
}

public sealed class InviteLabHandler(IGrainFactory grains) : ICommandHandler<InviteLabCommand, Result<ConsortiumView>>
{
    public async ValueTask<Result<ConsortiumView>> Handle(InviteLabCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<ILabGrain>(command.LabId).GetAsync() is { } lab
            ? await grains.GetGrain<IConsortiumGrain>(command.ConsortiumId).InviteAsync(command.LabId, lab.Fields.Name)
            : Problem.NotFound("招待するラボ", "The lab to invite");
}
