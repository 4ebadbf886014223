using ExchangeHub.Core.Features.Partners;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Partners;

/// <summary>Partnership requests of the person's labs: received ones to accept or decline, and sent ones with their answers.</summary>
[Authorize]
public sealed class RequestsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PartnershipItem> Received { get; private set; } = [];

    public IReadOnlyList<PartnershipItem> Sent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await mediator.Send(new ListMyPartnershipRequestsQuery());
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        Received = [.. result.ValueOrThrow().Where(item => item.Received)];
        Sent = [.. result.ValueOrThrow().Where(item => !item.Received)];
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(string requestId, bool accept)
    {
        var result = await mediator.Send(new AnswerPartnershipRequestCommand(requestId, accept));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        TempData[Flash.Key] = accept ? "Flash.PartnershipAccepted" : "Flash.PartnershipDeclined";
        return RedirectToPage("/Partners/Requests");
    }
}
