using System.Security.Claims;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Labs;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.CaseStudies;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    private CaseStudyDetails? _caseStudy;

    public CaseStudyDetails CaseStudy => _caseStudy ?? throw new InvalidOperationException("The case study is read in OnGetAsync.");

    public string LabName { get; private set; } = "";

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var result = await mediator.Send(new GetCaseStudyQuery(id));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _caseStudy = result.ValueOrThrow();
        if ((await mediator.Send(new GetLabQuery(_caseStudy.LabId))).Value is { } lab)
        {
            LabName = lab.Fields.Name;
            CanEdit = lab.RoleOf(User.FindFirstValue(ClaimTypes.NameIdentifier)) is not null;
        }

        return Page();
    }
}
