namespace ExchangeHub.Benchmarks;

/// <summary>
/// Sample counts of a run; the full run is sized to take a few minutes on a 2-core machine. G3's load runs once per
/// audience: its delivered messages/s are judged at the largest, where sending bounds them, and its accepted posts/s at
/// the smallest, where the posts themselves do.
/// </summary>
public sealed record RunSettings(
    string Mode,
    int[] SubscriberCounts,
    int[] FanOutSamples,
    bool Cluster,
    int ClusterSubscribers,
    int ClusterSamples,
    int[] CapacityAudiences,
    int[] CapacityLevels,
    double CapacityStepSeconds,
    int GrainCalls,
    int StateWrites,
    int MarkdownRounds,
    int IdleConnections,
    int EmptyActivations,
    int LongThread,
    int ThreadSamples,
    int SettleMilliseconds)
{
    public static readonly RunSettings Full = new(
        "full", [10, 100, 1000], [1000, 300, 40], true, 100, 300, [100, 10], [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024], 4, 2000, 1000, 20, 1000, 20_000, 10_000, 200, 20);

    // Seconds, every path once, no thresholds and nothing written into docs/; the cluster needs Redis and is left to the full run.
    public static readonly RunSettings Smoke = new(
        "smoke", [5, 20], [10, 10], false, 0, 0, [10, 2], [1, 4], 1, 50, 20, 1, 20, 200, 30, 10, 20);
}
