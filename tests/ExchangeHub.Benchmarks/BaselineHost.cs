using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// The bare baselines in a process of their own: a minimal SignalR hub with no Orleans and no storage behind it (B1, B5), and
/// a silo with the hub's clustering but only a ping grain (B2, B5). Started by the benchmark as "baseline-host".
/// </summary>
public static class BaselineHost
{
    public const string ServiceId = "bench";

    public static async Task<int> RunAsync(string[] args)
    {
        var (url, siloPort, gatewayPort) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        builder.Services.AddSignalR();
        builder.Host.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: ServiceId, clusterId: ServiceId));
        var app = builder.Build();
        app.MapHub<BareHub>("/hubs/bare");
        app.MapGet("/ready", () => "ready");

        // The same path as a post: an HTTP request whose handler sends one message to a group.
        app.MapPost("/broadcast/{group}", async (string group, JsonElement message, IHubContext<BareHub> hub) =>
        {
            await hub.Clients.Group(group).SendAsync("Event", message);
            return Results.Created();
        });
        await app.RunAsync();
        return 0;
    }
}

public sealed class BareHub : Hub
{
    public Task Join(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group);
}

public interface IPingGrain : IGrainWithStringKey
{
    Task<int> PingAsync(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> PingAsync(int value) => Task.FromResult(value);
}
