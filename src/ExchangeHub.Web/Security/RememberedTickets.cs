using ExchangeHub.Core.Common;
using Microsoft.AspNetCore.Authentication;

namespace ExchangeHub.Web.Security;

/// <summary>
/// Remembers what a sign-in cookie decrypts to for a few minutes, so a person's requests after the first skip the
/// decryption, the largest single step of a post before its write. Found only by the cookie's whole text, so the
/// same cookie gets the same ticket it would have decrypted to; a cookie that fails to decrypt is never remembered.
/// Each answer is a copy, since the cookie handler changes the ticket it gets when it renews the cookie, and the
/// handler still checks the ticket's expiry on every request.
/// </summary>
public sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock)
    : ISecureDataFormat<AuthenticationTicket>
{
    private static readonly TimeSpan _lifetime = TimeSpan.FromMinutes(5);

    private readonly KeptValues<Remembered> _tickets = new(10_000);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = clock.GetUtcNow();
        if (_tickets.TryGet(protectedText, out var known) && known.Until > now)
        {
            return known.Ticket.Clone();
        }

        if (inner.Unprotect(protectedText) is not { } ticket)
        {
            return null;
        }

        _tickets.Keep(protectedText, new Remembered(ticket.Clone(), now + _lifetime));
        return ticket;
    }

    private sealed record Remembered(AuthenticationTicket Ticket, DateTimeOffset Until);
}
