using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

public sealed record HandOverLeadCommand(string ConsortiumId, string LabId) : ICommand<Result<ConsortiumView>>, IRequireSignIn, IConsortiumScoped
{
    public bool Allows(ConsortiumRole role) => role.IsLeadAdmin;
}

public sealed class HandOverLeadValidator : AbstractValidator<HandOverLeadCommand>
{
    public HandOverLeadValidator() => RuleFor(c => c.LabId).NotEmpty().MaximumLength(100);
}

public sealed class HandOverLeadHandler(IGrainFactory grains) : ICommandHandler<HandOverLeadCommand, Result<ConsortiumView>>
{
    public async ValueTask<Result<ConsortiumView>> Handle(HandOverLeadCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<IConsortiumGrain>(command.ConsortiumId).HandOverAsync(command.LabId);
}
