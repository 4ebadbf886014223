using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Hosting.Operations;

public sealed class OperationsEndpointTests(HubServer server)
{
    [Fact]
    public async Task Health_LiveAndReady_AnswerOkWithoutSignIn()
    {
        using var client = server.NewClient();

        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Metrics_ThroughAProxy_AreForbidden()
    {
        using var client = server.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ForAnonymousAndMember_IsRefusedAndForOperator_Opens()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var member = await Person.SignUpAsync(server);
        var cookies = new CookieContainer();
        using var operatorClient = server.NewClient(cookies);
        var registered = await operatorClient.PostAsJsonAsync("/api/auth/register",
            new { email = "office@example.jp", password = "operator-password-1", displayName = "事務局" }, TestContext.Current.CancellationToken);

        var anonymousAnswer = await anonymous.GetAsync("/dashboard/", TestContext.Current.CancellationToken);
        var memberAnswer = await member.Client.GetAsync("/dashboard/", TestContext.Current.CancellationToken);
        var operatorAnswer = await operatorClient.GetAsync("/dashboard/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousAnswer.StatusCode);
        Assert.StartsWith("/account/login", anonymousAnswer.Headers.Location?.PathAndQuery, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Orleans Dashboard", await memberAnswer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, operatorAnswer.StatusCode);
        Assert.Contains("Orleans Dashboard", await operatorAnswer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
