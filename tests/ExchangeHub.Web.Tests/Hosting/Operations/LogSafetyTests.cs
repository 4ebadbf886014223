using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ExchangeHub.Web.Tests.Hosting.Operations;

public sealed class LogSafetyTests
{
    [Fact]
    public async Task RegisterLogInAndPost_AtTraceLevel_LogNoPasswordCookieOrToken()
    {
        var logs = new CapturedLogs();
        await using var hub = new TraceLoggedHub(logs);
        var cookies = new CookieContainer();
        using var client = hub.CreateDefaultClient(new Uri("http://localhost"), new CookieHandler(cookies));
        const string Password = "pw-7f3c9a-never-in-logs";
        var email = $"log-{Guid.NewGuid():N}@example.jp";

        var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName = "ログ 確認" }, TestContext.Current.CancellationToken);
        await client.PostAsync("/api/auth/logout", null, TestContext.Current.CancellationToken);
        var loggedIn = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password }, TestContext.Current.CancellationToken);
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password + "-wrong" }, TestContext.Current.CancellationToken);
        var me = await client.GetAsync("/api/me", TestContext.Current.CancellationToken);
        var thread = await client.PostAsJsonAsync("/api/threads", new { space = "public", title = "ログの確認", body = "最初の投稿" }, TestContext.Current.CancellationToken);
        var threadId = (await thread.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString();
        var posted = await client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = "二つ目の投稿" }, TestContext.Current.CancellationToken);

        var cookie = cookies.GetCookies(new Uri("http://localhost"))["exchangehub.auth"]?.Value ?? "";
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, loggedIn.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.True(cookie.Length > 100, "the sign-in cookie was set");
        Assert.True(logs.Lines.Count > 50, "trace logging captured the requests");
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Password, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(cookie[..40], StringComparison.Ordinal));
    }

    private sealed class TraceLoggedHub(CapturedLogs logs) : WebApplicationFactory<Program>
    {
        private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "exchangehub-tests-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ExchangeHub:DataPath", _dataPath);
            builder.UseSetting("ExchangeHub:SiloPort", FreePorts.Take().ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("ExchangeHub:GatewayPort", FreePorts.Take().ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("ExchangeHub:ClusterId", "test-" + Guid.NewGuid().ToString("N"));
            builder.UseSetting("ExchangeHub:SeedDemoData", "false");
            foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Orleans", "Polly" })
            {
                builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
            }

            builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(_dataPath))
            {
                Directory.Delete(_dataPath, recursive: true);
            }
        }
    }

    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri ?? new Uri("http://localhost");
            if (cookies.GetCookieHeader(uri) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    cookies.SetCookies(uri, setCookie);
                }
            }

            return response;
        }
    }
}
