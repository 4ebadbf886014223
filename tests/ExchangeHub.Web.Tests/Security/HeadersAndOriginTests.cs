using System.Net;
using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Web.Tests.Security;

public sealed class HeadersAndOriginTests(HubServer server)
{
    [Fact]
    public async Task Page_Served_CarriesStrictSecurityHeaders()
    {
        var response = await server.NewClient().GetAsync("/labs");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Hub_FromForeignOrigin_RefusedBeforeConnecting()
    {
        var person = await Person.SignUpAsync(server);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/exchange"), options =>
            {
                options.Cookies = person.Cookies;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Headers["Origin"] = "https://evil.example";
            })
            .Build();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());

        Assert.Contains("403", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_FromOwnOrigin_Connects()
    {
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/exchange"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.Headers["Origin"] = server.BaseAddress.GetLeftPart(UriPartial.Authority);
            })
            .Build();

        await connection.StartAsync();

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task CrossSitePost_ToApi_Refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await server.NewClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
