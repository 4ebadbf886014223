using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Web.Endpoints;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Web.Security;

/// <summary>
/// ASP.NET Core's rate limiter on the routes worth flooding: sign-up per client address, every change per person, and
/// search per person (or address). Over a limit, programs get 429 problem details and people the 429 page, both with
/// Retry-After.
/// </summary>
public static class RateLimits
{
    public const string SignUp = "sign-up";
    public const string Search = "search";

    public static IServiceCollection AddExchangeHubRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.TryAddKeyedSingleton(RateLimitOptions.ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) => Configure(limiter, limits.Value));
        return services;
    }

    private static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
        // The sign-up page itself may be read freely; only sending the form creates an account.
        limiter.AddPolicy(SignUp, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter("sign-up:" + ClientAddress(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.SignUpsPerAddress,
                Window = limits.SignUpWindow,
            })
            : RateLimitPartition.GetNoLimiter(""));
        limiter.AddPolicy(Search, context =>
            RateLimitPartition.GetFixedWindowLimiter("search:" + (UserId(context) ?? ClientAddress(context)), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.SearchesPerMinute,
                Window = TimeSpan.FromMinutes(1),
            }));
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsWrite(context) && UserId(context) is { } user
                ? RateLimitPartition.GetTokenBucketLimiter("write:" + user, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.WriteBurst,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, limits.WritesPerMinute),
                })
                : RateLimitPartition.GetNoLimiter(""));
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var context = rejected.HttpContext;
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            // An empty 429 becomes the error page in the reader's language.
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        var problem = new Problem(
            ProblemKind.TooManyRequests,
            Say.Text("短い間にリクエストが多すぎます。Retry-After の秒数だけ待ってから、もう一度試してください。", "Too many requests in a short time. Wait for the seconds in Retry-After, then try again."),
            RetryAfter: wait);
        await ProblemResults.ToResult(problem).ExecuteAsync(context);
    }

    // Hub traffic has its own limit per connection; the error page is what a refused request turns into.
    private static bool IsWrite(HttpContext context) =>
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
        && !context.Request.Path.StartsWithSegments("/hubs") && !context.Request.Path.StartsWithSegments("/error");

    private static string? UserId(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    // One IPv6 subscriber usually holds a whole /64, so that is what counts as one address.
    private static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
