using System.Diagnostics;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Threads;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// Every scenario of the performance goals against its bare baseline, in one run: the hub and the baselines each in a
/// process of their own, driven from this one with the .NET SignalR client, HttpClient and an Orleans client.
/// </summary>
public sealed class FullRun(RunSettings settings, string webDll, RunResults results)
{
    private const string HubServiceId = "exchangehub";

    public async Task RunAsync()
    {
        var started = Stopwatch.GetTimestamp();

        // Memory on processes of its own, fresh, whose heaps have not grown under load; the thousands of idle
        // activations it leaves behind would in turn weigh on every later scenario.
        Step("G6/B5 memory");
        await using (var baseline = await BaselineProcess.StartAsync())
        await using (var hub = await HubProcess.StartAsync(webDll))
        {
            await using var hubGrains = await OrleansClient.ConnectAsync(hub.GatewayPort, HubServiceId, HubServiceId);
            await using var bareGrains = await OrleansClient.ConnectAsync(baseline.GatewayPort, BaselineHost.ServiceId, BaselineHost.ServiceId);
            await MemoryAsync(hub, baseline, hubGrains.Grains, bareGrains.Grains);
        }

        await using (var baseline = await BaselineProcess.StartAsync())
        await using (var hub = await HubProcess.StartAsync(webDll))
        {
            await using var hubGrains = await OrleansClient.ConnectAsync(hub.GatewayPort, HubServiceId, HubServiceId);
            await using var bareGrains = await OrleansClient.ConnectAsync(baseline.GatewayPort, BaselineHost.ServiceId, BaselineHost.ServiceId);
            using var person = await HubSession.SignUpAsync(hub.Address);
            using var bare = new HttpClient { BaseAddress = baseline.Address, Timeout = TimeSpan.FromSeconds(30) };
            using var store = new StoreWrites();

            Step("Both stores past their first log checkpoint");
            var (posts, rawWrites) = await StoreWarmUp.RunAsync(person, hub.DatabaseFile, store);
            results.Figures["Store warm-up: posts to the hub"] = posts;
            results.Figures["Store warm-up: raw store writes"] = rawWrites;
            Console.WriteLine($"  {posts} posts, {rawWrites} raw writes");

            Step("G4/B2/B4 grain calls and state writes");
            await GrainsAsync(hub, person, hubGrains.Grains, bareGrains.Grains, store);

            Step("G5/B3 Markdown");
            results.Markdown = MarkdownCost.Measure(settings.MarkdownRounds);
            Console.WriteLine($"  ours {results.Markdown.OursMicroseconds:0.0} µs, raw {results.Markdown.RawMicroseconds:0.0} µs per document");

            Step("G1/B1 fan-out");
            await FanOutAsync(hub, person, bare, store);

            Step("G3/G7 capacity and resync");
            await CapacityAsync(hub, person, baseline, bare, store);

            Step("G8 long thread");
            var thread = await new ThreadLengthBenchmark(hub.Address, settings.LongThread, settings.ThreadSamples).RunAsync();
            foreach (var (name, stats) in thread)
            {
                results.Latency["G8 " + name] = stats;
            }

            if (settings.Cluster)
            {
                Step("G2 two-node Redis cluster");
                await ClusterAsync(hub, person);
            }
        }

        results.Seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private async Task MemoryAsync(HubProcess hub, BaselineProcess baseline, IGrainFactory hubGrains, IGrainFactory bareGrains)
    {
        var connections = settings.IdleConnections;
        results.Figures["B5 bytes per idle connection, bare hub"] = await Memory.PerIdleConnectionAsync(baseline.ProcessId, new Uri(baseline.Address, "/hubs/bare"), connections);
        results.Figures["G6 bytes per idle connection, hub"] = await Memory.PerIdleConnectionAsync(hub.ProcessId, new Uri(hub.Address, "/hubs/exchange"), connections);
        var activations = settings.EmptyActivations;
        results.Figures["B5 bytes per empty activation, bare silo"] = await Memory.PerActivationAsync(baseline.ProcessId, activations,
            i => bareGrains.GetGrain<IPingGrain>($"idle{i}").PingAsync(i));
        results.Figures["G6 bytes per idle lab grain"] = await Memory.PerActivationAsync(hub.ProcessId, activations,
            i => hubGrains.GetGrain<ILabGrain>($"idle-lab-{i}").GetAsync());
        results.Figures["G6 bytes per idle thread grain"] = await Memory.PerActivationAsync(hub.ProcessId, activations,
            i => hubGrains.GetGrain<ITopicThreadGrain>($"idle-thread-{i}").GetAsync());
        foreach (var (name, value) in results.Figures)
        {
            Console.WriteLine($"  {name}: {value:N0}");
        }
    }

    private async Task GrainsAsync(HubProcess hub, HubSession person, IGrainFactory hubGrains, IGrainFactory bareGrains, StoreWrites store)
    {
        var threadId = await person.StartThreadAsync("状態の書き込み");
        var (ping, read) = await GrainCalls.PingAndReadThreadAsync(bareGrains, hubGrains, threadId, settings.GrainCalls);
        results.Add("B2 ping grain call", ping);
        results.Add("G4 plain grain call (thread read)", read);

        using var writes = await FollowingWrites.StartAsync(hub, hubGrains, new ThreadRef(threadId, "public", "状態の書き込み"), store);
        results.Figures["B4 payload bytes (following)"] = writes.StateBytes;
        var (calls, inside, raw) = await writes.MeasureAsync(settings.StateWrites);
        results.Add("G4 grain state write (following)", calls);
        results.Add("G4 grain state write inside the hub (following)", inside);
        results.Add("B4 raw store write (following size)", raw);
    }

    // Ours, the bare broadcast and the raw write are taken in turn, a sample of each at a time with a pause after each
    // (FanOut.InTurnAsync), so the baselines that G1 divides by are timed in the same minutes and from the same quiet
    // machine as the posts.
    private async Task FanOutAsync(HubProcess hub, HubSession person, HttpClient bare, StoreWrites store)
    {
        var threadId = await person.StartThreadAsync("配信の計測");
        var renders = await HubCounters.ReadAsync(hub.Address, "exchangehub_markdown_rendered");
        var posts = await HubCounters.ReadAsync(hub.Address, "exchangehub_posts_created");
        var size = StoreWrites.StoredSize(hub.DatabaseFile, threadId, "thread");
        results.Figures["B4 payload bytes (thread)"] = size;
        using var raw = store.Open(size);
        for (var i = 0; i < settings.SubscriberCounts.Length; i++)
        {
            var (count, samples) = (settings.SubscriberCounts[i], settings.FanOutSamples[i]);
            var group = "bare-" + Guid.NewGuid().ToString("N");
            await using var subscribers = await Subscribers.ConnectAsync([new Uri(hub.Address, "/hubs/exchange")], count,
                c => c.InvokeAsync<object>("Subscribe", $"thread:{threadId}", 1_000_000L), person.Cookies);
            await using var bareSubscribers = await Subscribers.ConnectAsync([new Uri(bare.BaseAddress!, "/hubs/bare")], count, c => c.InvokeAsync("Join", group));
            var taken = await FanOut.InTurnAsync(
                [FanOut.Of(subscribers, Senders.Post(person.Client, threadId)), FanOut.Of(bareSubscribers, Senders.Broadcast(bare, group)), FanOut.Of(raw)],
                samples, Settle);
            results.Add($"G1 post to {count} subscribers", taken[0].Values, keepSamples: true);
            results.Add($"G1 POST answered, {count} subscribers", taken[0].Answers);
            results.Add($"B1 bare broadcast to {count} subscribers", taken[1].Values, keepSamples: true);
            results.Add(RunResults.RawWriteBeside(count), taken[2].Values);

            // The same three, each timed in a loop of its own, as this benchmark used to: reported beside the goal.
            results.Add(RunResults.Alone($"G1 post to {count} subscribers"), (await FanOut.MeasureAsync(subscribers, Senders.Post(person.Client, threadId), samples)).Delivered);
            results.Add(RunResults.Alone($"B1 bare broadcast to {count} subscribers"), (await FanOut.MeasureAsync(bareSubscribers, Senders.Broadcast(bare, group), samples)).Delivered);
            results.Add(RunResults.Alone(RunResults.RawWriteBeside(count)), (await FanOut.InTurnAsync([FanOut.Of(raw)], samples))[0].Values);
        }

        results.Figures["G5 Markdown renders during G1"] = await HubCounters.ReadAsync(hub.Address, "exchangehub_markdown_rendered") - renders;
        results.Figures["G5 posts created during G1"] = await HubCounters.ReadAsync(hub.Address, "exchangehub_posts_created") - posts;
    }

    private async Task CapacityAsync(HubProcess hub, HubSession person, BaselineProcess baseline, HttpClient bare, StoreWrites store)
    {
        var step = TimeSpan.FromSeconds(settings.CapacityStepSeconds);
        var hubUrl = new Uri(hub.Address, "/hubs/exchange");
        foreach (var audience in settings.CapacityAudiences)
        {
            var threadId = await person.StartThreadAsync($"負荷の計測（{audience}人）");
            await using (var subscribers = await Subscribers.ConnectAsync([hubUrl], audience,
                c => c.InvokeAsync<object>("Subscribe", $"thread:{threadId}", 0L), person.Cookies))
            {
                // Resubscribing is checked under the first audience's load, the largest, where most events are in flight.
                var resync = audience == settings.CapacityAudiences[0] ? new Resync(hubUrl, $"thread:{threadId}", person.Cookies) : null;
                using var stop = new CancellationTokenSource();
                var resyncing = resync?.RunAsync(stop.Token) ?? Task.CompletedTask;
                Console.WriteLine($"  hub, {audience} subscribers:");
                results.Load[RunResults.LoadKey("hub", audience)] =
                    await Capacity.RunAsync(subscribers, Senders.Post(person.Client, threadId), settings.CapacityLevels, step);
                await stop.CancelAsync();
                await resyncing;
                if (resync is not null)
                {
                    results.Resync = resync.Check(subscribers);
                    Console.WriteLine($"  resync: {results.Resync}");
                }
            }

            var group = "bare-load-" + Guid.NewGuid().ToString("N");
            await using (var subscribers = await Subscribers.ConnectAsync([new Uri(baseline.Address, "/hubs/bare")], audience, c => c.InvokeAsync("Join", group)))
            {
                Console.WriteLine($"  bare hub, {audience} subscribers:");
                results.Load[RunResults.LoadKey("bare", audience)] =
                    await Capacity.RunAsync(subscribers, Senders.Broadcast(bare, group), settings.CapacityLevels, step);
            }
        }

        var size = (int)results.Figures["B4 payload bytes (thread)"];
        results.Figures["B4 raw store writes/s (4 writers)"] = store.Throughput(size, 4, step);
        Console.WriteLine($"  raw store: {results.Figures["B4 raw store writes/s (4 writers)"]:0} writes/s");
    }

    // G2 is judged against G1 at the same audience, timed here again on the single node, in turn with the cluster's posts.
    private async Task ClusterAsync(HubProcess single, HubSession singlePerson)
    {
        await using var redis = await RedisServer.StartAsync();
        var clusterId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var clusterSettings = new Dictionary<string, string>
        {
            ["ExchangeHub__Cluster__Mode"] = "redis",
            ["ExchangeHub__Cluster__Redis"] = redis.ConnectionString,
            ["ExchangeHub__ClusterId"] = clusterId,
        };
        await using var first = await HubProcess.StartAsync(webDll, clusterSettings);
        await using var second = await HubProcess.StartAsync(webDll, clusterSettings);
        using var person = await HubSession.SignUpAsync(first.Address);
        var count = settings.ClusterSubscribers;
        var threadId = await person.StartThreadAsync("クラスターでの配信");
        await using var subscribers = await Subscribers.ConnectAsync(
            [new Uri(first.Address, "/hubs/exchange"), new Uri(second.Address, "/hubs/exchange")], count,
            c => c.InvokeAsync<object>("Subscribe", $"thread:{threadId}", 1_000_000L), person.Cookies);
        var singleThreadId = await singlePerson.StartThreadAsync("単一ノードでの配信");
        await using var singleSubscribers = await Subscribers.ConnectAsync([new Uri(single.Address, "/hubs/exchange")], count,
            c => c.InvokeAsync<object>("Subscribe", $"thread:{singleThreadId}", 1_000_000L), singlePerson.Cookies);
        var taken = await FanOut.InTurnAsync(
            [FanOut.Of(subscribers, Senders.Post(person.Client, threadId)), FanOut.Of(singleSubscribers, Senders.Post(singlePerson.Client, singleThreadId))],
            settings.ClusterSamples, Settle);
        results.Add($"G2 post to {count} subscribers on 2 nodes", taken[0].Values, keepSamples: true);
        results.Add(RunResults.SingleNodeBesideCluster(count), taken[1].Values);
    }

    private TimeSpan Settle => TimeSpan.FromMilliseconds(settings.SettleMilliseconds);

    private static void Step(string name) => Console.WriteLine($"== {name} ({DateTime.UtcNow:HH:mm:ss})");
}
