using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Tests.Features.Labs;

public sealed class KpiHistoryTests
{
    private static readonly DateOnly _monday = new(2026, 4, 6);

    [Fact]
    public void Record_SameActualAgain_AddsNoReading()
    {
        var history = new List<KpiReading>();

        KpiHistory.Record(history, [Kpi(10)], _monday);
        KpiHistory.Record(history, [Kpi(10)], _monday.AddDays(7));

        Assert.Equal([new KpiReading("導入件数", _monday, 10)], history);
    }

    [Fact]
    public void Record_ChangedTwiceOnOneDay_KeepsTheLatestOfThatDay()
    {
        var history = new List<KpiReading>();

        KpiHistory.Record(history, [Kpi(10)], _monday);
        KpiHistory.Record(history, [Kpi(12)], _monday.AddDays(1));
        KpiHistory.Record(history, [Kpi(15)], _monday.AddDays(1));

        Assert.Equal([10m, 15m], history.Select(r => r.Actual));
    }

    [Fact]
    public void Record_ManyDays_KeepsTheLatestPerIndicatorAndLeavesOthers()
    {
        var history = new List<KpiReading> { new("別の指標", _monday, 1) };

        for (var day = 0; day < KpiHistory.PerIndicator + 5; day++)
        {
            KpiHistory.Record(history, [Kpi(day + 1), new Kpi("未計測", "件", 0, 5)], _monday.AddDays(day));
        }

        Assert.Equal(KpiHistory.PerIndicator, history.Count(r => r.Indicator == "導入件数"));
        Assert.Equal(KpiHistory.PerIndicator + 5, history.Where(r => r.Indicator == "導入件数").Max(r => r.Actual));
        Assert.Single(history, r => r.Indicator == "別の指標");
        Assert.DoesNotContain(history, r => r.Indicator == "未計測");
    }

    private static Kpi Kpi(decimal actual) => new("導入件数", "件", 0, 50, actual);
}
