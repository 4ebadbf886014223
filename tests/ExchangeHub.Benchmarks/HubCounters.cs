using System.Globalization;

namespace ExchangeHub.Benchmarks;

/// <summary>Reads the hub's own counters from its Prometheus endpoint, which answers this machine.</summary>
public static class HubCounters
{
    public static async Task<double> ReadAsync(Uri hub, string prefix)
    {
        using var client = new HttpClient { BaseAddress = hub };
        var text = await client.GetStringAsync("/metrics");
        return text.Split('\n')
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }
}
