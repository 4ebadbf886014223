using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignUp)]
public sealed class RegisterModel(IMediator mediator, IStringLocalizer<SharedResource> text) : SignInPageModel(text)
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync() =>
        await SignInOrShowAsync(await mediator.Send(new RegisterCommand(Input.Email ?? "", Input.Password ?? "", Input.DisplayName ?? "")), "Register");
}

public sealed class RegisterInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? DisplayName { get; set; }
}
