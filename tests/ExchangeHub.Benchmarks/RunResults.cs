namespace ExchangeHub.Benchmarks;

/// <summary>Everything one run measured; written as JSON as it is and summarised in the Markdown report.</summary>
public sealed class RunResults
{
    public required RunSettings Settings { get; init; }

    public required string Commit { get; init; }

    public required string Machine { get; init; }

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public double Seconds { get; set; }

    /// <summary>Latency distributions in milliseconds, by measure.</summary>
    public Dictionary<string, Stats> Latency { get; } = [];

    /// <summary>Raw samples of the fan-out measures, for the distribution chart.</summary>
    public Dictionary<string, List<double>> Samples { get; } = [];

    /// <summary>G3's load steps, by who was loaded and the audience of the thread (<see cref="LoadKey"/>).</summary>
    public Dictionary<string, List<LoadStep>> Load { get; } = [];

    public Dictionary<string, double> Figures { get; } = [];

    public ResyncCheck? Resync { get; set; }

    public MarkdownResult? Markdown { get; set; }

    public List<Goal> Goals { get; } = [];

    /// <summary>B4 for G1 at an audience, taken in turn with its posts and broadcasts.</summary>
    public static string RawWriteBeside(int subscribers) => $"B4 raw store write (thread size), beside G1 at {subscribers}";

    /// <summary>G1 at G2's audience, taken in turn with the cluster's posts.</summary>
    public static string SingleNodeBesideCluster(int subscribers) => $"G1 post to {subscribers} subscribers, beside G2";

    /// <summary>A measure timed in a loop of its own rather than in turn with the others.</summary>
    public static string Alone(string measure) => measure + ", one after another";

    public static string LoadKey(string target, int subscribers) => $"{target}, {subscribers} subscribers";

    public void Add(string name, List<double> samples, bool keepSamples = false)
    {
        if (keepSamples)
        {
            Samples[name] = samples;
        }

        Add(name, Stats.Of(samples));
    }

    public void Add(string name, Stats stats)
    {
        Latency[name] = stats;
        Console.WriteLine($"  {name}: p50 {stats.P50:0.000} ms, p95 {stats.P95:0.000} ms, p99 {stats.P99:0.000} ms (n={stats.Count})");
    }
}

/// <summary>One goal: what was measured, against which baseline, the ratio and the limit it must stay within.</summary>
public sealed record Goal(string Id, string Measure, double Value, string Baseline, double BaselineValue, double Ratio, string Limit, bool? Pass, string Note = "");
