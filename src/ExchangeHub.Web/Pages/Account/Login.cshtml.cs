using ExchangeHub.Core.Features.Accounts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Account;

public sealed class LoginModel(IMediator mediator, IStringLocalizer<SharedResource> text) : SignInPageModel(text)
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync() =>
        await SignInOrShowAsync(await mediator.Send(new LogInCommand(Input.Email ?? "", Input.Password ?? "")), "LogIn");
}

public sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
