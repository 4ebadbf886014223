using System.Globalization;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// G4 alone against a fresh hub and the bare silo, in rounds, each state write next to a raw one as in the full run:
/// a quick check of a change to a grain call or a state write (seconds). Printed; nothing is written.
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
        using var stateWrites = await FollowingWrites.StartAsync(hub, hubGrains.Grains, new ThreadRef(threadId, "public", "状態の書き込み"), store);
        for (var round = 1; round <= rounds; round++)
        {
            var (ping, read) = await GrainCalls.PingAndReadThreadAsync(bareGrains.Grains, hubGrains.Grains, threadId, calls);
            var (write, inside, rawWrite) = await stateWrites.MeasureAsync(writes);
            var (b2, call, ours, b4) = (Stats.Of(ping), Stats.Of(read), Stats.Of(write), Stats.Of(rawWrite));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: B2 p50 {b2.P50:0.000}; call p50 {call.P50:0.000} ({call.P50 / b2.P50:0.00}x); B4 p50 {b4.P50:0.000}; write inside p50 {inside.P50:0.000} ({inside.P50 / b4.P50:0.00}x); client's write p50 {ours.P50:0.000} p95 {ours.P95:0.000} ({ours.P50 / b4.P50:0.00}x, against B2+B4 {ours.P50 / (b2.P50 + b4.P50):0.00}x)"));
        }

        return 0;
    }
}
