using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// Holds one load step against a fresh hub for as long as asked, so a profiler can be attached to the hub process
/// (its id is printed first). Nothing is written into docs/.
/// </summary>
public static class LoadProbe
{
    public static async Task<int> RunAsync(string webDll, string[] args)
    {
        var senders = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 16;
        var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var subscriberCount = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100;
        await using var hub = await HubProcess.StartAsync(webDll);
        using var person = await HubSession.SignUpAsync(hub.Address);
        var threadId = await person.StartThreadAsync("負荷の計測");
        await using var subscribers = await Subscribers.ConnectAsync([new Uri(hub.Address, "/hubs/exchange")], subscriberCount,
            c => c.InvokeAsync<object>("Subscribe", $"thread:{threadId}", 0L), person.Cookies);

        // Warm-up, then the measured step.
        await Capacity.RunAsync(subscribers, Senders.Post(person.Client, threadId), [senders], TimeSpan.FromSeconds(3));
        Console.WriteLine($"hub process {hub.ProcessId}: {senders} senders for {seconds} s");
        var cpuBefore = Process.GetProcessById(hub.ProcessId).TotalProcessorTime;
        var steps = await Capacity.RunAsync(subscribers, Senders.Post(person.Client, threadId), [senders], TimeSpan.FromSeconds(seconds));
        var cpu = Process.GetProcessById(hub.ProcessId).TotalProcessorTime - cpuBefore;
        var posts = steps[0].AcceptedPerSecond * steps[0].Seconds;
        Console.WriteLine($"hub CPU {cpu.TotalSeconds:0.0} s over {steps[0].Seconds:0.0} s: {cpu.TotalMilliseconds / posts:0.00} ms of CPU per post");

        // The bare baseline under the same load, right after, for a ratio from the same minute.
        await using var baseline = await BaselineProcess.StartAsync();
        using var bare = new HttpClient { BaseAddress = baseline.Address, Timeout = TimeSpan.FromSeconds(30) };
        var group = "bare-load-" + Guid.NewGuid().ToString("N");
        await using var bareSubscribers = await Subscribers.ConnectAsync([new Uri(baseline.Address, "/hubs/bare")], subscriberCount,
            c => c.InvokeAsync("Join", group));
        await Capacity.RunAsync(bareSubscribers, Senders.Broadcast(bare, group), [senders], TimeSpan.FromSeconds(3));
        var bareSteps = await Capacity.RunAsync(bareSubscribers, Senders.Broadcast(bare, group), [senders], TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"delivered/s against bare: {steps[0].DeliveredPerSecond / bareSteps[0].DeliveredPerSecond:0.00}x");
        return 0;
    }
}
