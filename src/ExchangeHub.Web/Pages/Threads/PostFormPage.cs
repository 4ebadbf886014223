using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.CaseStudies;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>
/// What starting a thread and editing a post share: the body form, its server-side preview, and the way a form is
/// sent: the page's own check first, then the mediator, then the page again with the problem on the form.
/// </summary>
[Authorize]
public abstract class PostFormPage(IMediator mediator, IStringLocalizer<SharedResource> text, string problemPrefix) : PageModel, IBodyForm
{
    [BindProperty]
    public PostInput Input { get; set; } = new();

    public string? PreviewHtml { get; private set; }

    public string? FormProblem { get; private set; }

    protected IMediator Mediator => mediator;

    protected IStringLocalizer<SharedResource> Text => text;

    protected Task<IActionResult> PreviewAsync(Func<Task<IActionResult?>> check) =>
        SendAsync(check, () => mediator.Send(new PreviewMarkdownQuery(Input.Body ?? "")), html =>
        {
            PreviewHtml = html;
            return Page();
        });

    protected async Task<IActionResult> SendAsync<T>(Func<Task<IActionResult?>> check, Func<ValueTask<Result<T>>> send, Func<T, IActionResult> done)
    {
        if (await check() is { } refusal)
        {
            return refusal;
        }

        var result = await send();
        if (result.IsSuccess)
        {
            return done(result.ValueOrThrow());
        }

        if (!result.Problem.BelongsOnForm())
        {
            return this.ProblemResult(result.Problem);
        }

        FormProblem = ModelState.AddProblem(result.Problem, text, problemPrefix);
        return Page();
    }
}
