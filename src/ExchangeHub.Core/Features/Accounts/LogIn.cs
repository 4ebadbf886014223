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
        RuleFor(c => c.Password).NotEmpty().MaximumLength(128);
    }
}

public sealed class LogInHandler(IGrainFactory grains, IPasswordHasher<UserState> hasher, LoginThrottle throttle)
    : ICommandHandler<LogInCommand, Result<UserProfile>>
{
    private static readonly Problem _wrongCredentials =
        new(ProblemKind.Unauthenticated, Say.Text("メールアドレスかパスワードが違います。", "The e-mail address or the password is not right."));

    private static readonly Lazy<string> _unknownUserHash =
        new(() => new PasswordHasher<UserState>().HashPassword(new UserState(), Guid.NewGuid().ToString("N")));

    public async ValueTask<Result<UserProfile>> Handle(LogInCommand command, CancellationToken cancellationToken)
    {
        if (throttle.WaitBeforeAttempt(command.Email) is { } wait)
        {
            return new Problem(ProblemKind.TooManyRequests, Say.Text("ログインの試行が多すぎます。しばらく待ってから試してください。", "Too many sign-in attempts. Wait a moment and try again."), RetryAfter: wait);
        }

        var userId = await grains.GetGrain<INameIndexGrain>(NameKeys.Email(command.Email)).GetUserIdAsync();
        var user = userId is null ? null : grains.GetGrain<IUserGrain>(userId);
        var hash = user is null ? null : await user.GetPasswordHashAsync();
        // An unknown address costs the same hash check as a wrong password, so the answer and its timing do not tell them apart.
        var verdict = hasher.VerifyHashedPassword(new UserState(), hash ?? _unknownUserHash.Value, command.Password);
        if (user is null || hash is null || verdict == PasswordVerificationResult.Failed)
        {
            throttle.RecordFailure(command.Email);
            return _wrongCredentials;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await user.ReplacePasswordHashAsync(hasher.HashPassword(new UserState(), command.Password));
        }

        return await user.GetAsync() is { } profile ? profile : _wrongCredentials;
    }
}
