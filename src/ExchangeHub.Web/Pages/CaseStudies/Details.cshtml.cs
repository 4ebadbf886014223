using System.Security.Claims;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Web.Pages.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.CaseStudies;

public sealed class DetailsModel(IMediator mediator) : PageModel, IDiscussionPage
{
    private CaseStudyDetails? _caseStudy;
    private ThreadDisplay? _discussion;

    public CaseStudyDetails CaseStudy => _caseStudy ?? throw new InvalidOperationException("The case study is read in OnGetAsync.");

    public string LabName { get; private set; } = "";

    public bool CanEdit { get; private set; }

    public bool HasDiscussion => _discussion is not null;

    public ThreadDisplay Discussion => _discussion ?? throw new InvalidOperationException("The discussion is read in OnGetAsync.");

    public PostInput Input { get; } = new();

    public string? PreviewHtml => null;

    public string? FormProblem => null;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var result = await mediator.Send(new GetCaseStudyQuery(id));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _caseStudy = result.ValueOrThrow();
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if ((await mediator.Send(new GetLabQuery(_caseStudy.LabId))).Value is { } lab)
        {
            LabName = lab.Fields.Name;
            CanEdit = lab.RoleOf(userId) is not null;
        }

        // Forms in the discussion are answered by the thread page, which comes back here.
        _discussion = (await ThreadDisplay.LoadAsync(mediator, _caseStudy.ThreadId, null, userId)).Value is { } discussion
            ? discussion with { ReturnUrl = $"/case-studies/{_caseStudy.Id}" }
            : null;
        return Page();
    }
}
