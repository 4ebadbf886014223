namespace ExchangeHub.Benchmarks;

/// <summary>Turns a run's measures into the goals of the performance issue, each a ratio against its bare baseline.</summary>
public static class Goals
{
    public static void Evaluate(RunResults r, bool thresholds)
    {
        bool? Within(double ratio, double limit) => thresholds ? ratio <= limit : null;
        bool? AtLeast(double ratio, double limit) => thresholds ? ratio >= limit : null;
        var latency = r.Latency;
        foreach (var count in r.Settings.SubscriberCounts)
        {
            var storeP95 = latency[RunResults.RawWriteBeside(count)].P95;
            var ours = latency[$"G1 post to {count} subscribers"].P95;
            var bare = latency[$"B1 bare broadcast to {count} subscribers"].P95;
            r.Goals.Add(new("G1", $"post → every one of {count} subscribers, p95 ms", ours, "B1 p95 + B4 p95", bare + storeP95,
                ours / (bare + storeP95), "≤ 2×", Within(ours / (bare + storeP95), 2), "the three measures taken in turn"));
        }

        foreach (var count in r.Settings.SubscriberCounts)
        {
            var ours = latency[RunResults.Alone($"G1 post to {count} subscribers")].P95;
            var bare = latency[RunResults.Alone($"B1 bare broadcast to {count} subscribers")].P95 + latency[RunResults.Alone(RunResults.RawWriteBeside(count))].P95;
            r.Goals.Add(new("G1", $"post → every one of {count} subscribers, p95 ms", ours, "B1 p95 + B4 p95", bare, ours / bare, "reported", null,
                "each measure timed in a loop of its own, one after the other"));
        }

        if (latency.TryGetValue("G1 post to 100 subscribers", out var hundred))
        {
            r.Goals.Add(new("G1", "post → 100 subscribers, p95 ms (absolute)", hundred.P95, "100 ms", 100, hundred.P95 / 100, "≤ 1×", Within(hundred.P95 / 100, 1)));
        }

        if (r.Settings.Cluster)
        {
            var count = r.Settings.ClusterSubscribers;
            var cluster = latency[$"G2 post to {count} subscribers on 2 nodes"].P95;
            var single = latency[RunResults.SingleNodeBesideCluster(count)].P95;
            r.Goals.Add(new("G2", $"post → {count} subscribers on 2 Redis nodes, p95 ms", cluster, $"G1 p95 at {count}, taken in turn", single, cluster / single, "≤ 1.5×", Within(cluster / single, 1.5)));
        }

        // Delivered messages/s are judged where sending bounds them, on the largest audience; accepted posts/s where
        // the posts themselves do, on the smallest. Either measure at the other audience is reported: at 100
        // subscribers even the bare hub cannot broadcast half of B4's writes/s (finding 8), and at 10 the bare hub's
        // deliveries/s are its requests/s, a bare POST's cost against a post's.
        var (large, small) = (r.Settings.CapacityAudiences.Max(), r.Settings.CapacityAudiences.Min());
        var writes = r.Figures["B4 raw store writes/s (4 writers)"];
        foreach (var audience in r.Settings.CapacityAudiences.Order().Reverse())
        {
            var hub = Capacity(r.Load[RunResults.LoadKey("hub", audience)]);
            var bareLoad = Capacity(r.Load[RunResults.LoadKey("bare", audience)]);
            var delivered = hub.DeliveredPerSecond / bareLoad.DeliveredPerSecond;
            r.Goals.Add(new("G3", $"delivered messages/s at capacity, {audience} subscribers", hub.DeliveredPerSecond, "B1 delivered/s at capacity",
                bareLoad.DeliveredPerSecond, delivered, audience == large ? "≥ 0.5×" : "reported", audience == large ? AtLeast(delivered, 0.5) : null,
                $"{hub.Senders} concurrent posters; bare: {bareLoad.Senders} senders"));
            var accepted = hub.AcceptedPerSecond / writes;
            r.Goals.Add(new("G3", $"accepted posts/s at capacity, {audience} subscribers", hub.AcceptedPerSecond, "B4 raw writes/s", writes,
                accepted, audience == small ? "≥ 0.5×" : "reported", audience == small ? AtLeast(accepted, 0.5) : null,
                $"the bare hub's own broadcasts/s at capacity are {bareLoad.AcceptedPerSecond / writes:0.00}× B4's writes/s"));
        }

        var call = latency["G4 plain grain call (thread read)"].P50;
        var ping = latency["B2 ping grain call"].P50;
        r.Goals.Add(new("G4", "plain grain call, p50 ms", call, "B2 ping grain p50", ping, call / ping, "≤ 2×", Within(call / ping, 2)));

        // A state write is what a grain pays to store its state, timed where it makes it, against the same upsert made
        // straight through the store's client. A client's call that writes is a call and a write in sequence; the call's
        // share is the plain grain call above, so the whole is reported beside both.
        var raw = latency["B4 raw store write (following size)"].P50;
        var inside = latency["G4 grain state write inside the hub (following)"].P50;
        r.Goals.Add(new("G4", "grain state write where the grain makes it, p50 ms", inside, "B4 raw upsert p50", raw, inside / raw, "≤ 1.5×", Within(inside / raw, 1.5),
            "Orleans' own timing of the storage call behind WriteStateAsync, serializer and store included, from 0.05 ms buckets"));
        var write = latency["G4 grain state write (following)"].P50;
        r.Goals.Add(new("G4", "a client's call that writes its grain's state, p50 ms", write, "B4 raw upsert p50", raw, write / raw, "reported", null));
        r.Goals.Add(new("G4", "a client's call that writes its grain's state, p50 ms", write, "B2 ping p50 + B4 raw upsert p50",
            ping + raw, write / (ping + raw), "reported", null));

        var markdown = r.Markdown ?? throw new InvalidOperationException("Markdown was not measured.");
        r.Goals.Add(new("G5", "whole Markdown pipeline, µs per document", markdown.OursMicroseconds, "B3 Markdig ToHtml", markdown.RawMicroseconds,
            markdown.Ratio, "≤ 3×", Within(markdown.Ratio, 3), $"worst single document {markdown.WorstDocumentRatio:0.0}×; of ours, parse {markdown.ParseMicroseconds:0} µs, adjustments {markdown.AdjustMicroseconds:0} µs, render {markdown.RenderMicroseconds:0} µs; HtmlSanitizer (test oracle only) would add {markdown.SanitizerMicroseconds:0} µs"));
        var renders = r.Figures["G5 Markdown renders during G1"];
        var posts = r.Figures["G5 posts created during G1"];
        r.Goals.Add(new("G5", "renders on the fan-out path during G1", renders - posts, "posts created", posts, 0, "= 0",
            thresholds ? renders - posts == 0 : null, $"{renders:0} renders for {posts:0} posts: the one render of each post when it is written"));

        var connection = r.Figures["G6 bytes per idle connection, hub"];
        var bareConnection = r.Figures["B5 bytes per idle connection, bare hub"];
        r.Goals.Add(new("G6", "bytes per idle connection", connection, "B5 bare hub", bareConnection, connection / bareConnection, "≤ 1.5×", Within(connection / bareConnection, 1.5)));
        var activation = r.Figures["B5 bytes per empty activation, bare silo"];
        foreach (var kind in new[] { "lab", "thread" })
        {
            var bytes = r.Figures[$"G6 bytes per idle {kind} grain"];
            r.Goals.Add(new("G6", $"bytes per idle {kind} grain (reported)", bytes, "B5 bare silo, empty activation", activation, bytes / activation, "reported", null));
        }

        var steps = r.Settings.CapacityAudiences.SelectMany(a => r.Load[RunResults.LoadKey("hub", a)]).ToList();
        var attempted = steps.Sum(s => s.Attempted);
        var failed = steps.Sum(s => s.ServerErrors + s.Timeouts);
        var rate = 100.0 * failed / Math.Max(1, attempted);
        r.Goals.Add(new("G7", "5xx and timeouts under G3's load, %", rate, "posts attempted", attempted, rate, "< 0.025 %", thresholds ? rate < 0.025 : null,
            $"{steps.Sum(s => s.ServerErrors)} 5xx, {steps.Sum(s => s.Timeouts)} timeouts of {attempted}"));
        var resync = r.Resync ?? throw new InvalidOperationException("Resync was not checked.");
        var broken = resync.Gaps + resync.DuplicatesOnOneConnection + resync.SubscriberGaps + resync.SubscriberDuplicates;
        r.Goals.Add(new("G7", "gaps and duplicates after resync", broken, "events held", resync.Events, 0, "= 0", thresholds ? broken == 0 : null,
            $"{resync.Reconnects} reconnects; {resync.Overlap} catch-up events overlapped live ones and were dropped by seq, as clients do"));

        foreach (var percentile in new[] { "P50", "P95" })
        {
            var longPost = Pick(latency["G8 post, long"], percentile);
            var shortPost = Pick(latency["G8 post, 10 posts"], percentile);
            r.Goals.Add(new("G8", $"post on a {r.Settings.LongThread:N0}-post thread, {percentile.ToLowerInvariant()} ms", longPost, "the same on a 10-post thread",
                shortPost, longPost / shortPost, "≤ 1.2×", Within(longPost / shortPost, 1.2)));
        }
    }

    /// <summary>The highest load step whose p99 stayed within 1 s (the first step if none did).</summary>
    public static LoadStep Capacity(IReadOnlyList<LoadStep> steps) =>
        steps.Where(s => s.P99 <= 1000).OrderByDescending(s => s.DeliveredPerSecond).FirstOrDefault() ?? steps[0];

    private static double Pick(Stats stats, string percentile) => percentile == "P50" ? stats.P50 : stats.P95;
}
