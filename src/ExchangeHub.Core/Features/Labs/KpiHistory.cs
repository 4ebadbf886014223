namespace ExchangeHub.Core.Features.Labs;

/// <summary>Adds today's actuals to a lab's KPI history: one reading per indicator and day, the latest few per indicator.</summary>
public static class KpiHistory
{
    public const int PerIndicator = 24;

    public static void Record(List<KpiReading> history, IReadOnlyList<Kpi>? kpis, DateOnly today)
    {
        foreach (var kpi in kpis ?? [])
        {
            if (kpi.Actual is not { } actual)
            {
                continue;
            }

            var last = history.FindLastIndex(r => r.Indicator == kpi.Indicator);
            if (last >= 0 && history[last].Actual == actual)
            {
                continue;
            }

            if (last >= 0 && history[last].On == today)
            {
                history[last] = history[last] with { Actual = actual };
                continue;
            }

            history.Add(new KpiReading(kpi.Indicator, today, actual));
            var readings = history.Where(r => r.Indicator == kpi.Indicator).ToList();
            if (readings.Count > PerIndicator)
            {
                history.Remove(readings[0]);
            }
        }
    }
}
