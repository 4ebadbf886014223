using System.Security.Claims;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Notifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace ExchangeHub.Web.Pages.Shared;

/// <summary>The header's link to the inbox with the unread count; inbox-badge.js keeps it live from the person's stream.</summary>
public sealed class InboxLinkViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var inbox = userId is null ? null : (await mediator.Send(new GetNotificationsQuery(1))).Value;
        return View(new InboxBadge(userId is null ? "" : StreamNames.User(userId), inbox?.UnreadCount ?? 0, inbox?.LastSeq ?? 0));
    }
}

public sealed record InboxBadge(string Stream, int UnreadCount, long LastSeq);
