using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ExchangeHub.Benchmarks;

/// <summary>Writes a run as results.md, results.json and two SVG charts.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public static void Write(RunResults r, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(r, _json));
        File.WriteAllText(Path.Combine(folder, "latency.svg"), Charts.Line("Post → every subscriber: latency distribution", "milliseconds (log)", "% of sends at or below",
            [.. r.Samples.Select(s => new Series(s.Key.Replace(" subscribers", "", StringComparison.Ordinal), Charts.Distribution(s.Value), s.Key.StartsWith('B')))], logX: true, logY: false));
        File.WriteAllText(Path.Combine(folder, "throughput.svg"), Charts.Line("Throughput against load", "concurrent senders (log)", "per second (log)",
            [.. r.Settings.CapacityAudiences.SelectMany(a => LoadSeries(r, a))], logX: true, logY: true));
        File.WriteAllText(Path.Combine(folder, "results.md"), Markdown(r));
    }

    // Delivered/s where sending bounds the load, accepted/s where the posts do (the audiences of Goals' G3).
    private static IEnumerable<Series> LoadSeries(RunResults r, int audience)
    {
        var (hub, bare) = (r.Load[RunResults.LoadKey("hub", audience)], r.Load[RunResults.LoadKey("bare", audience)]);
        return audience == r.Settings.CapacityAudiences.Max()
            ?
            [
                new($"hub, {audience}: delivered/s", [.. hub.Select(s => ((double)s.Senders, s.DeliveredPerSecond))]),
                new($"bare hub, {audience}: delivered/s", [.. bare.Select(s => ((double)s.Senders, s.DeliveredPerSecond))], Dashed: true),
                new($"hub, {audience}: posts accepted/s", [.. hub.Select(s => ((double)s.Senders, s.AcceptedPerSecond))]),
            ]
            :
            [
                new($"hub, {audience}: posts accepted/s", [.. hub.Select(s => ((double)s.Senders, s.AcceptedPerSecond))]),
                new($"bare hub, {audience}: sends/s", [.. bare.Select(s => ((double)s.Senders, s.AcceptedPerSecond))], Dashed: true),
            ];
    }

    public static string Markdown(RunResults r)
    {
        var md = new StringBuilder();
        void Line(FormattableString text) => md.AppendLine(text.ToString(CultureInfo.InvariantCulture));
        Line($"# ExchangeHub benchmark: {r.Settings.Mode} run");
        md.AppendLine();
        Line($"Machine: {r.Machine}. Commit `{r.Commit}`. Started {r.StartedAt:yyyy-MM-dd HH:mm} UTC, took {r.Seconds / 60:0.0} min.");
        Line($"Settings: subscribers {string.Join(", ", r.Settings.SubscriberCounts)} with {string.Join(", ", r.Settings.FanOutSamples)} sends each (plus 10% warm-up, dropped), a post, a bare broadcast and a raw write taken in turn, each followed by {r.Settings.SettleMilliseconds} ms of quiet, then each in a loop of its own; cluster {(r.Settings.Cluster ? $"{r.Settings.ClusterSubscribers} subscribers, {r.Settings.ClusterSamples} sends in turn with the single node's" : "not run")}; load steps {string.Join(", ", r.Settings.CapacityLevels)} senders × {r.Settings.CapacityStepSeconds} s on threads of {string.Join(" and ", r.Settings.CapacityAudiences)} subscribers, then a raw store's writes/s with 4 writers; {r.Settings.GrainCalls} grain calls, {r.Settings.StateWrites} state writes; {r.Settings.MarkdownRounds} Markdown rounds; {r.Settings.IdleConnections} idle connections, {r.Settings.EmptyActivations:N0} empty activations; long thread {r.Settings.LongThread:N0} posts, {r.Settings.ThreadSamples} samples. The hub, the baselines and the driver each run in a process of their own, all with tiered compilation off (steady-state code from the first sample); memory is measured on processes of its own. Before anything is timed, the hub's store and B4's raw store are written to until their write-ahead logs stop growing, as a store that has run a while no longer does (the warm-up figures below).");
        md.AppendLine();
        md.AppendLine("![Latency distribution](latency.svg)").AppendLine().AppendLine("![Throughput against load](throughput.svg)").AppendLine();
        md.AppendLine("## Goals").AppendLine();
        md.AppendLine("| goal | measure | ours | baseline | baseline value | ratio | limit | result |").AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var g in r.Goals)
        {
            var result = string.Join(" — ", new[] { g.Pass switch { true => "pass", false => "**miss**", null => "" }, g.Note }.Where(part => part.Length > 0));
            Line($"| {g.Id} | {g.Measure} | {g.Value:0.###} | {g.Baseline} | {g.BaselineValue:0.###} | {g.Ratio:0.00}× | {g.Limit} | {(result.Length > 0 ? result : "—")} |");
        }

        md.AppendLine().AppendLine("## Latency (ms)").AppendLine().AppendLine("| measure | n | p50 | p95 | p99 | mean |").AppendLine("|---|---|---|---|---|---|");
        foreach (var (name, s) in r.Latency)
        {
            Line($"| {name} | {s.Count} | {s.P50:0.000} | {s.P95:0.000} | {s.P99:0.000} | {s.Mean:0.000} |");
        }

        foreach (var (name, steps) in r.Load)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Load: {name}").AppendLine();
            md.AppendLine("| senders | s | sends | accepted/s | delivered/s | p50 ms | p99 ms | 5xx | other 4xx | timeouts |").AppendLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var s in steps)
            {
                Line($"| {s.Senders} | {s.Seconds:0.0} | {s.Attempted} | {s.AcceptedPerSecond:0} | {s.DeliveredPerSecond:0} | {s.P50:0.0} | {s.P99:0.0} | {s.ServerErrors} | {s.OtherRejections} | {s.Timeouts} |");
            }
        }

        md.AppendLine().AppendLine("## Other figures").AppendLine().AppendLine("| figure | value |").AppendLine("|---|---|");
        foreach (var (name, value) in r.Figures)
        {
            Line($"| {name} | {value:N0} |");
        }

        return md.ToString();
    }
}
