using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Account;

/// <summary>The pages that end in a signed-in person: show the problem on the form, or sign in and go back.</summary>
public abstract class SignInPageModel(IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? FormProblem { get; private set; }

    public void OnGet()
    {
    }

    protected async Task<IActionResult> SignInOrShowAsync(Result<UserProfile> result, string form)
    {
        if (!result.IsSuccess)
        {
            FormProblem = ModelState.AddProblem(result.Problem, text, form);
            return Page();
        }

        await Security.SignIn.SignInAsync(HttpContext, result.ValueOrThrow());
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
    }
}
