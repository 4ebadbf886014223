using System.Security.Claims;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>Starts a thread in a space: the public square by default, or a lab the person belongs to.</summary>
[Authorize]
public sealed class NewModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel, IThreadForm
{
    [BindProperty(SupportsGet = true)]
    public string Space { get; set; } = Spaces.Public;

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public SpaceLink? SpaceLink { get; private set; }

    public string? PreviewHtml { get; private set; }

    public string? FormProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await CheckSpaceAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await CheckSpaceAsync() is { } refusal)
        {
            return refusal;
        }

        var result = await mediator.Send(new CreateThreadCommand(Space, Input.Title ?? "", Input.Body ?? ""));
        return result.IsSuccess ? RedirectToPage("/Threads/Details", new { id = result.ValueOrThrow().Id }) : Fail(result.Problem);
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await CheckSpaceAsync() is { } refusal)
        {
            return refusal;
        }

        var preview = await mediator.Send(new PreviewMarkdownQuery(Input.Body ?? ""));
        if (!preview.IsSuccess)
        {
            return Fail(preview.Problem);
        }

        PreviewHtml = preview.ValueOrThrow();
        return Page();
    }

    // The form is offered only where the person may start a thread; the mediator checks again when it is sent.
    private async Task<IActionResult?> CheckSpaceAsync()
    {
        if (!Spaces.IsWellFormed(Space))
        {
            return NotFound();
        }

        SpaceLink = await SpaceLink.FindAsync(mediator, text, Space);
        if (SpaceLink is null)
        {
            return NotFound();
        }

        if (Space.StartsWith(Spaces.LabPrefix, StringComparison.Ordinal))
        {
            var lab = (await mediator.Send(new GetLabQuery(Space[Spaces.LabPrefix.Length..]))).Value;
            return lab?.RoleOf(User.FindFirstValue(ClaimTypes.NameIdentifier)) is null ? StatusCode(StatusCodes.Status403Forbidden) : null;
        }

        return null;
    }

    private IActionResult Fail(Problem problem)
    {
        if (!problem.BelongsOnForm())
        {
            return this.ProblemResult(problem);
        }

        FormProblem = ModelState.AddProblem(problem, text, "Thread");
        return Page();
    }
}
