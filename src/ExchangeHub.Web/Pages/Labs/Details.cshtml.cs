using System.Security.Claims;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Operator;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Labs;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public const int LabThreadsShown = 20;

    private LabDetails? _lab;

    public LabDetails Lab => _lab ?? throw new InvalidOperationException("The lab is read in OnGetAsync.");

    public string? Role { get; private set; }

    public bool IsAdmin => Role == LabRoles.Admin;

    public bool IsMember => Role is not null;

    public bool IsOperator => User.IsInRole(Roles.Operator);

    [BindProperty]
    public string? CompanyName { get; set; }

    /// <summary>The lab's own threads, shown to its members only.</summary>
    public IReadOnlyList<ThreadSummary> Threads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string labId)
    {
        var result = await mediator.Send(new GetLabQuery(labId));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _lab = result.ValueOrThrow();
        Role = _lab.RoleOf(User.FindFirstValue(ClaimTypes.NameIdentifier));
        if (IsMember)
        {
            Threads = (await mediator.Send(new ListThreadsQuery(Spaces.Lab(labId), 0, LabThreadsShown))).Value ?? [];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCompanyAsync(string labId)
    {
        var result = await mediator.Send(new AddCompanyCommand(labId, CompanyName ?? ""));
        return await AfterAsync(labId, result.Problem, "Flash.CompanyAdded");
    }

    public async Task<IActionResult> OnPostRecommendAsync(string labId, string companyId)
    {
        var result = await mediator.Send(new RecommendCompanyCommand(labId, companyId));
        return await AfterAsync(labId, result.Problem, "Flash.CompanyRecommended");
    }

    private async Task<IActionResult> AfterAsync(string labId, Problem? problem, string flash)
    {
        if (problem is null)
        {
            TempData[Flash.Key] = flash;
            return RedirectToPage("/Labs/Details", new { labId });
        }

        if (!problem.BelongsOnForm())
        {
            return this.ProblemResult(problem);
        }

        CompanyProblem = problem.Detail;
        return await OnGetAsync(labId);
    }

    public string? CompanyProblem { get; private set; }
}
