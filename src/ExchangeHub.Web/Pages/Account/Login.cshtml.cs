using ExchangeHub.Core.Features.Accounts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Account;

public sealed class LoginModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? FormProblem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(new LogInCommand(Input.Email ?? "", Input.Password ?? ""));
        if (!result.IsSuccess)
        {
            FormProblem = ModelState.AddProblem(result.Problem, text, "LogIn");
            return Page();
        }

        await Security.SignIn.SignInAsync(HttpContext, result.ValueOrThrow());
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
    }
}

public sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
