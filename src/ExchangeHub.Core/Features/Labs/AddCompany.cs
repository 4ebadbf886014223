using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>A lab's admins list a company that takes part in the lab.</summary>
public sealed record AddCompanyCommand(string LabId, string Name) : ICommand<Result<Company>>, IRequireSignIn;

public sealed class AddCompanyValidator : AbstractValidator<AddCompanyCommand>
{
    public AddCompanyValidator() => RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n))
        .WithMessage(_ => Say.Text("企業名を入力してください。", "Enter the company's name."))
        .MaximumLength(100)
        .WithMessage(_ => Say.Text("企業名は100字以内です。", "A company name has at most 100 characters."));
}

public sealed class AddCompanyAuthorizer(LabGuard guard) : IAuthorizer<AddCompanyCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(AddCompanyCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Admin);
}

public sealed class AddCompanyHandler(IGrainFactory grains) : ICommandHandler<AddCompanyCommand, Result<Company>>
{
    public async ValueTask<Result<Company>> Handle(AddCompanyCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<ILabGrain>(command.LabId).AddCompanyAsync(command.Name.Trim());
}
