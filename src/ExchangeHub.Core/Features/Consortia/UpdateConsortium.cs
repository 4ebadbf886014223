using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Consortia;

public sealed record UpdateConsortiumCommand(string ConsortiumId, string Name, string Purpose, DateTimeOffset? Deadline)
    : ICommand<Result<ConsortiumView>>, IRequireSignIn, IConsortiumScoped
{
    public bool Allows(ConsortiumRole role) => role.IsLeadAdmin;
}

public sealed class UpdateConsortiumValidator : AbstractValidator<UpdateConsortiumCommand>
{
    public UpdateConsortiumValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Purpose).NotNull().MaximumLength(2000);
    }
}

public sealed class UpdateConsortiumHandler(IGrainFactory grains) : ICommandHandler<UpdateConsortiumCommand, Result<ConsortiumView>>
{
    public async ValueTask<Result<ConsortiumView>> Handle(UpdateConsortiumCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<IConsortiumGrain>(command.ConsortiumId).UpdateAsync(command.Name.Trim(), command.Purpose.Trim(), command.Deadline);
}
