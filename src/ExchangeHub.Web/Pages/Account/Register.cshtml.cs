using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignUp)]
public sealed class RegisterModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? FormProblem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(new RegisterCommand(Input.Email ?? "", Input.Password ?? "", Input.DisplayName ?? ""));
        if (!result.IsSuccess)
        {
            FormProblem = ModelState.AddProblem(result.Problem, text, "Register");
            return Page();
        }

        await Security.SignIn.SignInAsync(HttpContext, result.ValueOrThrow());
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
    }
}

public sealed class RegisterInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? DisplayName { get; set; }
}
