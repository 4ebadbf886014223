using System.Security.Claims;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Notifications;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Inbox;

/// <summary>The person's notifications, newest first: mentions, replies and posts in watched threads.</summary>
[Authorize]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int Shown = 100;

    public InboxView Inbox { get; private set; } = new([], 0, 0);

    /// <summary>The person's own stream, which live-region.js follows to refresh the list.</summary>
    public string LiveStreams { get; private set; } = "[]";

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await mediator.Send(new GetNotificationsQuery(Shown));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        Inbox = result.ValueOrThrow();
        LiveStreams = LiveRegion.Streams([(StreamNames.User(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""), Inbox.LastSeq)]);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(string? notificationId)
    {
        var ids = string.IsNullOrEmpty(notificationId) ? [] : new[] { notificationId };
        var result = await mediator.Send(new MarkNotificationsReadCommand(ids));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        TempData[Flash.Key] = ids.Length == 0 ? "Flash.AllRead" : "Flash.NotificationRead";
        return RedirectToPage("/Inbox/Index");
    }
}
