using System.Globalization;

namespace ExchangeHub.Benchmarks;

/// <summary>A Prometheus histogram as cumulative counts by upper bound, the last bound being +Inf.</summary>
public sealed record HistogramBuckets(IReadOnlyList<(double Bound, double Count)> Cumulative, double Sum)
{
    public double Count => Cumulative.Count == 0 ? 0 : Cumulative[^1].Count;

    /// <summary>Sums the series of one histogram whose labels contain <paramref name="label"/>, bucket by bucket.</summary>
    public static HistogramBuckets Parse(string metrics, string histogram, string label)
    {
        var (bucketPrefix, sumPrefix) = (histogram + "_bucket{", histogram + "_sum{");
        var counts = new SortedDictionary<double, double>();
        var sum = 0.0;
        foreach (var line in metrics.Split('\n'))
        {
            if (!line.Contains(label, StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith(sumPrefix, StringComparison.Ordinal))
            {
                sum += HubCounters.Value(line);
                continue;
            }

            if (!line.StartsWith(bucketPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var le = line.IndexOf("le=\"", StringComparison.Ordinal) + 4;
            var text = line[le..line.IndexOf('"', le)];
            var bound = text == "+Inf" ? double.PositiveInfinity : double.Parse(text, CultureInfo.InvariantCulture);
            counts[bound] = counts.GetValueOrDefault(bound) + HubCounters.Value(line);
        }

        return new([.. counts.Select(c => (c.Key, c.Value))], sum);
    }

    /// <summary>What was counted after <paramref name="earlier"/>, a reading of the same histogram.</summary>
    public HistogramBuckets Since(HistogramBuckets earlier)
    {
        var before = earlier.Cumulative.ToDictionary(b => b.Bound, b => b.Count);
        return new([.. Cumulative.Select(b => (b.Bound, b.Count - before.GetValueOrDefault(b.Bound)))], Sum - earlier.Sum);
    }

    public Stats ToStats() => new((int)Count, Percentile(0.50), Percentile(0.95), Percentile(0.99), Count == 0 ? double.NaN : Sum / Count);

    /// <summary>The value below which a share <paramref name="q"/> of the counts fall, spread evenly within its bucket.</summary>
    public double Percentile(double q)
    {
        var target = q * Count;
        var (lower, below) = (0.0, 0.0);
        foreach (var (bound, count) in Cumulative)
        {
            if (count >= target && count > below)
            {
                return double.IsPositiveInfinity(bound) ? lower : lower + ((bound - lower) * (target - below) / (count - below));
            }

            (lower, below) = (bound, count);
        }

        return double.NaN;
    }
}
