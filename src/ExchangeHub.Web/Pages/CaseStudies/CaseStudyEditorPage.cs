using System.Security.Claims;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.CaseStudies;

/// <summary>What writing a new case study and revising one share: the form, the server-side preview, and who may use it.</summary>
[Authorize]
public abstract class CaseStudyEditorPage(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public CaseStudyInput Input { get; set; } = new();

    public string LabId { get; private set; } = "";

    public string LabName { get; private set; } = "";

    public string? PreviewHtml { get; private set; }

    public string? FormProblem { get; private set; }

    protected IMediator Mediator => mediator;

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await AuthorizeAsync() is { } refusal)
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

    /// <summary>Reads the lab the page writes for and refuses anyone who is not its member.</summary>
    protected abstract Task<IActionResult?> AuthorizeAsync();

    protected async Task<IActionResult?> RequireMemberAsync(string labId)
    {
        var lab = await mediator.Send(new GetLabQuery(labId));
        if (!lab.IsSuccess)
        {
            return this.ProblemResult(lab.Problem);
        }

        var details = lab.ValueOrThrow();
        (LabId, LabName) = (details.Id, details.Fields.Name);
        return details.RoleOf(User.FindFirstValue(ClaimTypes.NameIdentifier)) is null
            ? StatusCode(StatusCodes.Status403Forbidden)
            : null;
    }

    protected IActionResult Fail(Problem problem)
    {
        if (!problem.BelongsOnForm())
        {
            return this.ProblemResult(problem);
        }

        FormProblem = ModelState.AddProblem(problem, text, "CaseStudy");
        return Page();
    }
}
