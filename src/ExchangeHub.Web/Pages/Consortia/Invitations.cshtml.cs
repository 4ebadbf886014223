using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Consortia;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Consortia;

/// <summary>
/// Open invitations to the labs the person runs, to accept or decline. This is all an invited lab sees of a consortium
/// until it joins.
/// </summary>
[Authorize]
public sealed class InvitationsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    public string? FormProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public Task<IActionResult> OnPostAcceptAsync(string? consortiumId, string? labId) => RespondAsync(consortiumId, labId, accept: true);

    public Task<IActionResult> OnPostDeclineAsync(string? consortiumId, string? labId) => RespondAsync(consortiumId, labId, accept: false);

    private async Task<IActionResult> RespondAsync(string? consortiumId, string? labId, bool accept)
    {
        var result = await mediator.Send(new RespondToInvitationCommand(consortiumId ?? "", labId ?? "", accept));
        if (result.IsSuccess)
        {
            TempData[Flash.Key] = accept ? "Flash.InvitationAccepted" : "Flash.InvitationDeclined";
            return accept ? RedirectToPage("/Consortia/Details", new { id = consortiumId }) : RedirectToPage("/Consortia/Invitations");
        }

        // An invitation answered meanwhile (here or in another tab) is gone: say so next to the list instead of a 404 page.
        if (result.Problem.Kind is not (ProblemKind.NotFound or ProblemKind.Conflict))
        {
            return this.ProblemResult(result.Problem);
        }

        FormProblem = result.Problem.Detail;
        return await LoadAsync() ?? Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var result = await mediator.Send(new ListMyInvitationsQuery());
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        Invitations = result.ValueOrThrow();
        return null;
    }
}
