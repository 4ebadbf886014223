using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Web.Security;

/// <summary>
/// Puts <see cref="RememberedTickets"/> around the sign-in cookie's format; registered after the cookie handler's own
/// post-configuration, which creates the format.
/// </summary>
public sealed class RememberTickets(TimeProvider clock) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (options.TicketDataFormat is { } format and not RememberedTickets)
        {
            options.TicketDataFormat = new RememberedTickets(format, clock);
        }
    }
}
