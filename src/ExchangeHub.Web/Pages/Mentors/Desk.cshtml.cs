using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Mentors;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Mentors;

/// <summary>The live queue for mentors; operators see the requests that no mentor on duty could be told of.</summary>
[Authorize]
public sealed class DeskModel(IMediator mediator) : PageModel
{
    public MentorDesk? Desk { get; private set; }

    public IReadOnlyList<DeskEntry>? Unserved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var desk = await mediator.Send(new GetMentorDeskQuery());
        var unserved = await mediator.Send(new ListUnservedRequestsQuery());
        (Desk, Unserved) = (desk.Value, unserved.Value);
        return Desk is null && Unserved is null ? this.ProblemResult(desk.Problem ?? Problem.Unauthenticated()) : Page();
    }

    public async Task<IActionResult> OnPostClaimAsync(string id)
    {
        var claimed = await mediator.Send(new ClaimMentorRequestCommand(id));
        if (claimed.IsSuccess)
        {
            return RedirectToPage("/MentorRequests/Details", new { id });
        }

        if (claimed.Problem.Kind != ProblemKind.Conflict)
        {
            return this.ProblemResult(claimed.Problem);
        }

        TempData[Flash.Key] = "Flash.ClaimRefused";
        return RedirectToPage();
    }
}
