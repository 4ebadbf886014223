using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// G1 alone against a fresh hub and the bare hub, with B4 for the thread's size, the three taken in turn as in the full
/// run: a quick check of a change to the post path (seconds, not the full run). Printed; nothing is written into docs/.
/// </summary>
public static class FanOutProbe
{
    public static async Task<int> RunAsync(string webDll, string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var settleMs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : RunSettings.Full.SettleMilliseconds;
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
        using var raw = store.Open(StoreWrites.StoredSize(hub.DatabaseFile, threadId, "thread"));
        for (var round = 1; round <= rounds; round++)
        {
            var taken = await FanOut.InTurnAsync(
                [FanOut.Of(subscribers, Senders.Post(person.Client, threadId)), FanOut.Of(bareSubscribers, Senders.Broadcast(bare, group)), FanOut.Of(raw)],
                samples, TimeSpan.FromMilliseconds(settleMs));
            var (ours, answer, b1, b4) = (Stats.Of(taken[0].Values), Stats.Of(taken[0].Answers), Stats.Of(taken[1].Values), Stats.Of(taken[2].Values));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: delivered p50 {ours.P50:0.000} p95 {ours.P95:0.000}; answered p50 {answer.P50:0.000}; B1 p95 {b1.P95:0.000}; B4 p95 {b4.P95:0.000}; ratio {ours.P95 / (b1.P95 + b4.P95):0.00}x"));
        }

        return 0;
    }
}
