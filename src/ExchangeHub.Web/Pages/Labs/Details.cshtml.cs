using System.Security.Claims;
using ExchangeHub.Core.Features.Labs;
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
}
