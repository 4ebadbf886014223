using System.Security.Claims;
using ExchangeHub.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace ExchangeHub.Web.Tests.Security;

public sealed class RememberedTicketsTests
{
    private readonly CountingFormat _inner = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public void Unprotect_SameCookieTwice_DecryptsOnceAndAnswersCopies()
    {
        var tickets = new RememberedTickets(_inner, _clock);

        var first = tickets.Unprotect("cookie-a");
        var second = tickets.Unprotect("cookie-a");

        Assert.Equal(1, _inner.Calls);
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotSame(first, second);
        Assert.Equal("user-a", second.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    [Fact]
    public void Unprotect_AnswerChangedByItsCaller_NextAnswerIsUnchanged()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        var first = tickets.Unprotect("cookie-a")!;
        var expires = first.Properties.ExpiresUtc;

        first.Properties.ExpiresUtc = expires?.AddDays(30);
        tickets.Unprotect("cookie-a")!.Properties.ExpiresUtc = expires?.AddDays(60);

        Assert.Equal(expires, tickets.Unprotect("cookie-a")!.Properties.ExpiresUtc);
    }

    [Fact]
    public void Unprotect_CookieThatFailsToDecrypt_IsNeverRemembered()
    {
        var tickets = new RememberedTickets(_inner, _clock);

        Assert.Null(tickets.Unprotect("forged"));
        Assert.Null(tickets.Unprotect("forged"));

        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public void Unprotect_AfterFiveMinutes_DecryptsAgain()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        tickets.Unprotect("cookie-a");

        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        tickets.Unprotect("cookie-a");

        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public void Unprotect_TwoCookies_EachGetsItsOwnTicket()
    {
        var tickets = new RememberedTickets(_inner, _clock);
        tickets.Unprotect("cookie-a");

        var other = tickets.Unprotect("cookie-b");

        Assert.Equal("user-b", other!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal(2, _inner.Calls);
    }

    // Stands in for the data protection format: "cookie-x" decrypts to a ticket of user-x, anything else fails.
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        private readonly DateTimeOffset _expires = DateTimeOffset.UtcNow.AddDays(14);

        public int Calls { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Calls++;
            if (protectedText is null || !protectedText.StartsWith("cookie-", StringComparison.Ordinal))
            {
                return null;
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "user-" + protectedText["cookie-".Length..])], "test");
            return new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = _expires }, "Cookies");
        }
    }
}
