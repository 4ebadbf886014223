using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>
/// A hub of its own with small limits and clocks the tests move, so each limit is reached in a few requests without
/// touching the shared <see cref="HubServer"/>. Only sign-up tests sign up over HTTP here; everyone else comes in
/// through <see cref="PersonAsync"/>, which leaves the per-address sign-up limit alone.
/// </summary>
public sealed class LimitedHubServer : HubServer
{
    public const int SignUps = 3;
    public const int WriteBurst = 5;
    public const int Searches = 3;
    public const int HubCalls = 5;
    public const int HubMessageBytes = 4096;
    public const int LoginAttempts = 3;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(10);

    public LimitedHubServer()
        : base(new Dictionary<string, string>
        {
            ["ExchangeHub:RateLimits:SignUpsPerAddress"] = SignUps.ToString(CultureInfo.InvariantCulture),
            ["ExchangeHub:RateLimits:SignUpWindow"] = "01:00:00",
            ["ExchangeHub:RateLimits:WriteBurst"] = WriteBurst.ToString(CultureInfo.InvariantCulture),
            ["ExchangeHub:RateLimits:WritesPerMinute"] = "1",
            ["ExchangeHub:RateLimits:SearchesPerMinute"] = Searches.ToString(CultureInfo.InvariantCulture),
            ["ExchangeHub:RateLimits:HubCallBurst"] = HubCalls.ToString(CultureInfo.InvariantCulture),
            ["ExchangeHub:RateLimits:HubCallsPerSecond"] = "1",
            ["ExchangeHub:RateLimits:HubMessageBytes"] = HubMessageBytes.ToString(CultureInfo.InvariantCulture),
            ["ExchangeHub:Accounts:LoginAttemptsPerWindow"] = LoginAttempts.ToString(CultureInfo.InvariantCulture),
            ["ExchangeHub:Accounts:LockoutDuration"] = Lockout.ToString("c", CultureInfo.InvariantCulture),
        })
    {
    }

    /// <summary>The clock of sign-in lockouts.</summary>
    public FakeTimeProvider AccountClock { get; } = new();

    /// <summary>The clock of hub call limits.</summary>
    public FakeTimeProvider HubClock { get; } = new();

    /// <summary>Registers through the mediator, past the sign-up limit, then signs in over HTTP as a person would.</summary>
    public async Task<Person> PersonAsync(string displayName = "制限 試験")
    {
        var email = $"l{Guid.NewGuid():N}@example.jp";
        const string Password = "correct-horse-battery";
        await using (var scope = Services.CreateAsyncScope())
        {
            var registered = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterCommand(email, Password, displayName));
            Assert.True(registered.IsSuccess, registered.Problem?.Detail);
        }

        var cookies = new CookieContainer();
        var client = NewClient(cookies);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString() ?? "";
        return new Person(client, cookies, id, email, displayName, Password);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<TimeProvider>(AccountOptions.ClockKey, AccountClock);
            services.AddKeyedSingleton<TimeProvider>(RateLimitOptions.ClockKey, HubClock);
        });
    }
}

/// <summary>A hub in the Production environment, where cookies are marked Secure.</summary>
public sealed class ProductionHubServer() : HubServer(new Dictionary<string, string>(), "Production");
