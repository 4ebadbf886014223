using System.Globalization;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// G4 alone against a fresh hub and the bare silo, in alternating rounds, with B4 for the following state's size: a
/// quick check of a change to a grain call or a state write (seconds, not the full run). Printed; nothing is written.
/// </summary>
public static class GrainProbe
{
    private const string HubServiceId = "exchangehub";

    public static async Task<int> RunAsync(string webDll, string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var writes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        await using var baseline = await BaselineProcess.StartAsync();
        await using var hub = await HubProcess.StartAsync(webDll);
        await using var hubGrains = await OrleansClient.ConnectAsync(hub.GatewayPort, HubServiceId, HubServiceId);
        await using var bareGrains = await OrleansClient.ConnectAsync(baseline.GatewayPort, BaselineHost.ServiceId, BaselineHost.ServiceId);
        using var person = await HubSession.SignUpAsync(hub.Address);
        using var store = new StoreWrites();
        var threadId = await person.StartThreadAsync("状態の書き込み");
        var thread = new ThreadRef(threadId, "public", "状態の書き込み");
        var follower = "bench-follower-" + Guid.NewGuid().ToString("N");
        for (var round = 1; round <= rounds; round++)
        {
            var ping = Stats.Of(await GrainCalls.PingAsync(bareGrains.Grains, calls));
            var read = Stats.Of(await GrainCalls.ReadThreadAsync(hubGrains.Grains, threadId, calls));
            var write = Stats.Of(await GrainCalls.WriteFollowingAsync(hubGrains.Grains, follower, thread, writes));
            var raw = Stats.Of(store.Sequential(StoreWrites.StoredSize(hub.DatabaseFile, follower, "following"), writes));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: B2 p50 {ping.P50:0.000}; call p50 {read.P50:0.000} ({read.P50 / ping.P50:0.00}x); write p50 {write.P50:0.000} p95 {write.P95:0.000}; B4 p50 {raw.P50:0.000}; write/B4 {write.P50 / raw.P50:0.00}x, write/(B2+B4) {write.P50 / (ping.P50 + raw.P50):0.00}x"));
        }

        return 0;
    }
}
