using ExchangeHub.Core.Features.CaseStudies;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.CaseStudies;

public sealed class RevisionModel(IMediator mediator) : PageModel
{
    private CaseStudyRevision? _revision;

    public CaseStudyRevision Revision => _revision ?? throw new InvalidOperationException("The revision is read in OnGetAsync.");

    public async Task<IActionResult> OnGetAsync(string id, int revision)
    {
        var result = await mediator.Send(new GetCaseStudyRevisionQuery(id, revision));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _revision = result.ValueOrThrow();
        return Page();
    }
}
