using System.Security.Claims;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Threads;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Threads;

/// <summary>Starts a thread in a space: the public square by default, or a lab the person belongs to.</summary>
[Authorize]
public sealed class NewModel(IMediator mediator, IStringLocalizer<SharedResource> text)
    : PostFormPage(mediator, text, "Thread"), IThreadForm
{
    [BindProperty(SupportsGet = true)]
    public string Space { get; set; } = Spaces.Public;

    public SpaceLink? SpaceLink { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await CheckSpaceAsync() ?? Page();

    public Task<IActionResult> OnPostAsync() =>
        SendAsync(CheckSpaceAsync, () => Mediator.Send(new CreateThreadCommand(Space, Input.Title ?? "", Input.Body ?? "")),
            thread => RedirectToPage("/Threads/Details", new { id = thread.Id }));

    public Task<IActionResult> OnPostPreviewAsync() => PreviewAsync(CheckSpaceAsync);

    // The form is offered only where the person may start a thread; the mediator checks again when it is sent.
    private async Task<IActionResult?> CheckSpaceAsync()
    {
        if (!Spaces.IsWellFormed(Space))
        {
            return NotFound();
        }

        SpaceLink = await SpaceLink.FindAsync(Mediator, Text, Space);
        if (SpaceLink is null)
        {
            return NotFound();
        }

        if (Space.StartsWith(Spaces.LabPrefix, StringComparison.Ordinal))
        {
            var lab = (await Mediator.Send(new GetLabQuery(Space[Spaces.LabPrefix.Length..]))).Value;
            return lab?.RoleOf(User.FindFirstValue(ClaimTypes.NameIdentifier)) is null ? StatusCode(StatusCodes.Status403Forbidden) : null;
        }

        return null;
    }
}
