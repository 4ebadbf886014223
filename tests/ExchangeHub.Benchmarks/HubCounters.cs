using System.Globalization;

namespace ExchangeHub.Benchmarks;

/// <summary>Reads the hub's own counters from its Prometheus endpoint, which answers this machine.</summary>
public static class HubCounters
{
    public static async Task<double> ReadAsync(Uri hub, string prefix) => (await MetricsAsync(hub)).Split('\n')
        .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
        .Sum(Value);

    /// <summary>The value at the end of a line of Prometheus text.</summary>
    public static double Value(string line) => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);

    public static async Task<HistogramBuckets> ReadBucketsAsync(Uri hub, string histogram, string label) =>
        HistogramBuckets.Parse(await MetricsAsync(hub), histogram, label);

    /// <summary>
    /// What a histogram counted after <paramref name="before"/>, once it has counted <paramref name="expected"/>: the
    /// endpoint answers from a copy up to 300 ms old, so a reading right after the measured calls can predate them.
    /// </summary>
    public static async Task<HistogramBuckets> ReadBucketsSinceAsync(Uri hub, string histogram, string label, HistogramBuckets before, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var counted = (await ReadBucketsAsync(hub, histogram, label)).Since(before);
            if (counted.Count >= expected)
            {
                return counted;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{histogram} {label} counted {counted.Count} of {expected} within 10 s.");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<string> MetricsAsync(Uri hub)
    {
        using var client = new HttpClient { BaseAddress = hub };
        return await client.GetStringAsync("/metrics");
    }
}
