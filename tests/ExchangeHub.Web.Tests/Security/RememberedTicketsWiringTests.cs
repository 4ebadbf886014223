using System.Net;
using ExchangeHub.Web.Security;
using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Web.Tests.Security;

public sealed class RememberedTicketsWiringTests(HubServer server)
{
    [Fact]
    public void SignInCookie_ItsFormat_IsRememberedAroundTheDataProtectionOne()
    {
        var options = server.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);

        Assert.IsType<RememberedTickets>(options.TicketDataFormat);
    }

    [Fact]
    public async Task SignedIn_SameCookieAgain_StillSignedIn()
    {
        var person = await Person.SignUpAsync(server);

        var first = await person.Client.GetAsync("/api/me/threads", TestContext.Current.CancellationToken);
        var second = await person.Client.GetAsync("/api/me/threads", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }
}
