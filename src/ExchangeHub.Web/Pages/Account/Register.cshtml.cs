using ExchangeHub.Core.Features.Accounts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Account;

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
