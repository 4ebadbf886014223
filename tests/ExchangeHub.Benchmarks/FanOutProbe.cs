using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// G1 alone against a fresh hub and the bare hub, in alternating rounds, with B4 for the thread's size: a quick check
/// of a change to the post path (seconds, not the full run). Printed; nothing is written into docs/.
/// </summary>
public static class FanOutProbe
{
    public static async Task<int> RunAsync(string webDll, string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        await using var baseline = await BaselineProcess.StartAsync();
        await using var hub = await HubProcess.StartAsync(webDll);
        using var person = await HubSession.SignUpAsync(hub.Address);
        using var bare = new HttpClient { BaseAddress = baseline.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var store = new StoreWrites();
        var (posts, rawWrites) = await StoreWarmUp.RunAsync(person, hub.DatabaseFile, store);
        Console.WriteLine($"stores warmed: {posts} posts, {rawWrites} raw writes");
        var threadId = await person.StartThreadAsync("配信の計測");
        var group = "bare-" + Guid.NewGuid().ToString("N");
        await using var subscribers = await Subscribers.ConnectAsync([new Uri(hub.Address, "/hubs/exchange")], count,
            c => c.InvokeAsync<object>("Subscribe", $"thread:{threadId}", 1_000_000L), person.Cookies);
        await using var bareSubscribers = await Subscribers.ConnectAsync([new Uri(baseline.Address, "/hubs/bare")], count,
            c => c.InvokeAsync("Join", group));
        for (var round = 1; round <= rounds; round++)
        {
            var (delivered, answered) = await FanOut.MeasureAsync(subscribers, Senders.Post(person.Client, threadId), samples);
            var broadcast = (await FanOut.MeasureAsync(bareSubscribers, Senders.Broadcast(bare, group), samples)).Delivered;
            var writes = store.Sequential(StoreWrites.StoredSize(hub.DatabaseFile, threadId, "thread"), samples);
            var (ours, answer, b1, b4) = (Stats.Of(delivered), Stats.Of(answered), Stats.Of(broadcast), Stats.Of(writes));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: delivered p50 {ours.P50:0.000} p95 {ours.P95:0.000}; answered p50 {answer.P50:0.000}; B1 p95 {b1.P95:0.000}; B4 p95 {b4.P95:0.000}; ratio {ours.P95 / (b1.P95 + b4.P95):0.00}x"));
        }

        return 0;
    }
}
