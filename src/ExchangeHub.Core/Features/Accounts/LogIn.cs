using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace ExchangeHub.Core.Features.Accounts;

public sealed record LogInCommand(string Email, string Password) : ICommand<Result<UserProfile>>
{
    public override string ToString() => $"LogInCommand {{ Email = {Email} }}";
}

public sealed class LogInValidator : AbstractValidator<LogInCommand>
{
    public LogInValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(PasswordPolicy.MaximumUtf16Length);
    }
}

public sealed class LogInHandler(IGrainFactory grains, IPasswordHasher<UserState> hasher)
    : ICommandHandler<LogInCommand, Result<UserProfile>>
{
    private static readonly Problem _wrongCredentials =
        new(ProblemKind.Unauthenticated, Say.Text("メールアドレスかパスワードが違います。", "The e-mail address or the password is not right."));

    // Checked against for an unknown address, so that it takes as long to answer as a known one.
    private static readonly string _decoyHash = new PasswordHasher<UserState>().HashPassword(new UserState(), Ids.New());

    public async ValueTask<Result<UserProfile>> Handle(LogInCommand command, CancellationToken cancellationToken)
    {
        var attempts = grains.GetGrain<ILoginAttemptsGrain>(NameKeys.Email(command.Email));
        if (await attempts.GetLockAsync() is { } wait)
        {
            return Locked(wait);
        }

        var userId = await grains.GetGrain<INameIndexGrain>(NameKeys.Email(command.Email)).GetUserIdAsync();
        var user = userId is null ? null : grains.GetGrain<IUserGrain>(userId);
        var hash = user is null ? null : await user.GetPasswordHashAsync();
        var verdict = hasher.VerifyHashedPassword(new UserState(), hash ?? _decoyHash, command.Password);
        if (user is null || hash is null || verdict == PasswordVerificationResult.Failed)
        {
            // The attempt that reaches the limit is still only a wrong password; the next one meets the lock.
            await attempts.RecordFailureAsync();
            return _wrongCredentials;
        }

        await attempts.ResetAsync();
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await user.ReplacePasswordHashAsync(hasher.HashPassword(new UserState(), command.Password));
        }

        return await user.GetAsync() is { } profile ? profile : _wrongCredentials;
    }

    private static Problem Locked(TimeSpan wait) => new(
        ProblemKind.TooManyRequests,
        Say.Text(
            "ログインの失敗が続いたため、このアドレスへのログインを一時的に止めています。しばらく待ってから試してください。",
            "Sign-in to this address is paused after repeated failures. Wait a while and try again."),
        RetryAfter: wait);
}
