namespace ExchangeHub.Web.Pages.Shared.Charts;

/// <summary>
/// A small server-rendered chart: a title, its points in order, and optionally a target line. The same model feeds the
/// sparkline, the bar chart and the KPI chart partials; each also lists its values as text for those who cannot see it.
/// </summary>
public sealed record Chart(string Title, IReadOnlyList<ChartPoint> Points, decimal? Target = null, string? TargetLabel = null)
{
    public decimal Max => Math.Max(Points.Count == 0 ? 0 : Points.Max(p => p.Value), Target ?? 0);

    public string Summary => string.Join(", ", Points.Select(p => $"{p.Label}: {p.Display}"));
}

public sealed record ChartPoint(string Label, decimal Value, string Display);
