namespace ExchangeHub.Core.Features.Activity;

/// <summary>The feed as a page renders it: the latest items, monthly counts per kind, and the stream's last seq.</summary>
[GenerateSerializer, Alias("ExchangeHub.ActivityView")]
public sealed record ActivityView(
    [property: Id(0)] IReadOnlyList<ActivityItem> Items,
    [property: Id(1)] IReadOnlyDictionary<string, int> Monthly,
    [property: Id(2)] long LastSeq)
{
    /// <summary>The count of <paramref name="kind"/> in each of the <paramref name="months"/> months up to <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<MonthCount> PerMonth(string kind, DateTimeOffset now, int months)
    {
        var current = ActivityMonths.Of(now);
        return [.. Enumerable.Range(0, months).Reverse()
            .Select(back => ActivityMonths.Key(current.AddMonths(-back)))
            .Select(month => new MonthCount(month, Monthly.GetValueOrDefault(kind + "|" + month)))];
    }
}

public sealed record MonthCount(string Month, int Count);
