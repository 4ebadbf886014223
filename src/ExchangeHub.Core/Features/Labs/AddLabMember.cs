using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

public sealed record AddLabMemberCommand(string LabId, string Email, string Role) : ICommand<Result<LabMember>>, IRequireSignIn;

public sealed class AddLabMemberValidator : AbstractValidator<AddLabMemberCommand>
{
    public AddLabMemberValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(c => c.Role).NotEmpty()
            .Must(role => role is LabRoles.Admin or LabRoles.Member).WithMessage(_ => Say.Text("役割は \"admin\" か \"member\" です。", "Role is \"admin\" or \"member\"."));
    }
}

public sealed class AddLabMemberAuthorizer(LabGuard guard) : IAuthorizer<AddLabMemberCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(AddLabMemberCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Admin);
}

public sealed class AddLabMemberHandler(IGrainFactory grains) : ICommandHandler<AddLabMemberCommand, Result<LabMember>>
{
    public async ValueTask<Result<LabMember>> Handle(AddLabMemberCommand command, CancellationToken cancellationToken)
    {
        var userId = await grains.GetGrain<INameIndexGrain>(NameKeys.Email(command.Email)).GetUserIdAsync();
        var user = userId is null ? null : grains.GetGrain<IUserGrain>(userId);
        if (user is null || await user.GetAsync() is not { } profile)
        {
            var detail = Say.Text("このメールアドレスのアカウントはありません。先に登録してもらってください。", "No account has this e-mail address; ask the person to sign up first.");
            return new Problem(ProblemKind.NotFound, detail, new Dictionary<string, string[]> { ["email"] = [detail] });
        }

        var member = new LabMember(profile.Id, profile.DisplayName, command.Role);
        var lab = await grains.GetGrain<ILabGrain>(command.LabId).SetMemberAsync(member);
        if (!lab.IsSuccess)
        {
            return lab.Problem;
        }

        await user.SetLabMembershipAsync(new LabMembership(command.LabId, lab.ValueOrThrow().Fields.Name, command.Role));
        return member;
    }
}
