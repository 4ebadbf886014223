using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Core.Features.Accounts;

public sealed record RegisterCommand(string Email, string Password, string DisplayName) : ICommand<Result<UserProfile>>
{
    public override string ToString() => $"RegisterCommand {{ Email = {Email} }}";
}

public sealed class RegisterValidator : AbstractValidator<RegisterCommand>
{
    public RegisterValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(c => c.Password).NotEmpty()
            .Must(password => PasswordPolicy.Length(password) >= PasswordPolicy.MinimumLength)
            .WithMessage(_ => Say.Text($"パスワードは{PasswordPolicy.MinimumLength}文字以上にしてください。", $"Use a password of at least {PasswordPolicy.MinimumLength} characters."))
            .Must(password => PasswordPolicy.Length(password) <= PasswordPolicy.MaximumLength)
            .WithMessage(_ => Say.Text($"パスワードは{PasswordPolicy.MaximumLength}文字以内にしてください。", $"Use a password of at most {PasswordPolicy.MaximumLength} characters."))
            .Must(password => !PasswordPolicy.IsCommon(password))
            .WithMessage(_ => Say.Text("よく使われていて推測されやすいパスワードです。別のパスワードにしてください。", "This password is common and easy to guess; choose another."))
            .Must((command, password) => !PasswordPolicy.RepeatsIdentity(password, command.Email, command.DisplayName))
            .WithMessage(_ => Say.Text("メールアドレスや表示名と同じパスワードは使えません。", "The password may not be your e-mail address or your display name."));
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(60);
    }
}

public sealed class RegisterHandler(IGrainFactory grains, IPasswordHasher<UserState> hasher, IOptions<AccountOptions> options)
    : ICommandHandler<RegisterCommand, Result<UserProfile>>
{
    public async ValueTask<Result<UserProfile>> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var candidate = Ids.New();
        var owner = await grains.GetGrain<INameIndexGrain>(NameKeys.Email(email)).ClaimAsync(candidate);
        var user = grains.GetGrain<IUserGrain>(owner);
        if (owner != candidate && await user.GetAsync() is not null)
        {
            var detail = Say.Text("このメールアドレスのアカウントは既にあります。ログインしてください。", "An account with this e-mail address already exists; sign in instead.");
            return new Problem(ProblemKind.Conflict, detail, new Dictionary<string, string[]> { ["email"] = [detail] });
        }

        var roles = options.Value.OperatorEmails.Contains(email, StringComparer.OrdinalIgnoreCase) ? new[] { Roles.Operator } : [];
        var hash = hasher.HashPassword(new UserState(), command.Password);
        var handle = await ClaimHandleAsync(owner, email);
        return await user.RegisterAsync(new NewAccount(email, command.DisplayName.Trim(), handle, hash, roles));
    }

    // The handle people type to mention someone: the address's local part, numbered when taken.
    private async Task<string> ClaimHandleAsync(string userId, string email)
    {
        var stem = NameKeys.HandleStem(email);
        for (var attempt = 1; ; attempt++)
        {
            var handle = attempt == 1 ? stem : $"{stem}{attempt}";
            if (await grains.GetGrain<INameIndexGrain>(NameKeys.Handle(handle)).ClaimAsync(userId) == userId)
            {
                return handle;
            }
        }
    }
}
