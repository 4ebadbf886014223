using System.Globalization;

namespace ExchangeHub.Benchmarks;

/// <summary>Reads the hub's own counters from its Prometheus endpoint, which answers this machine.</summary>
public static class HubCounters
{
    public static async Task<double> ReadAsync(Uri hub, string prefix) => (await MetricsAsync(hub)).Split('\n')
        .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    public static async Task<HistogramBuckets> ReadBucketsAsync(Uri hub, string histogram, string label) =>
        HistogramBuckets.Parse(await MetricsAsync(hub), histogram, label);

    private static async Task<string> MetricsAsync(Uri hub)
    {
        using var client = new HttpClient { BaseAddress = hub };
        return await client.GetStringAsync("/metrics");
    }
}
