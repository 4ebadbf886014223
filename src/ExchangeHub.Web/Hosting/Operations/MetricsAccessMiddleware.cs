using System.Net;
using ExchangeHub.Core.Common.Security;
using Microsoft.Extensions.Options;

namespace ExchangeHub.Web.Hosting.Operations;

/// <summary>
/// Guards the Prometheus scrape: a request straight from this machine, from a network listed in
/// ExchangeHub:Telemetry:MetricsNetworks, or from a signed-in operator. A request that came through a proxy
/// (it carries X-Forwarded-For or Forwarded) never counts as local.
/// </summary>
public sealed class MetricsAccessMiddleware(RequestDelegate next, IOptions<TelemetrySettings> settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsAllowed(context))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            detail: "Metrics are served to this machine, the configured scrape networks and operators only.").ExecuteAsync(context);
    }

    private bool IsAllowed(HttpContext context)
    {
        if (context.User.IsInRole(Roles.Operator))
        {
            return true;
        }

        var proxied = context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("Forwarded");
        if (proxied || context.Connection.RemoteIpAddress is not { } remote)
        {
            return false;
        }

        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return IPAddress.IsLoopback(address) || settings.Value.MetricsNetworks.Any(network => IPNetwork.Parse(network).Contains(address));
    }
}
