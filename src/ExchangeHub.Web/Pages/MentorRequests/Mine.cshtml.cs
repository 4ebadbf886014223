using ExchangeHub.Core.Features.Mentors;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.MentorRequests;

[Authorize]
public sealed class MineModel(IMediator mediator) : PageModel
{
    public MyMentorRequests Mine { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync()
    {
        var mine = await mediator.Send(new ListMyMentorRequestsQuery());
        if (!mine.IsSuccess)
        {
            return this.ProblemResult(mine.Problem);
        }

        Mine = mine.ValueOrThrow();
        return Page();
    }
}
