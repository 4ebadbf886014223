using System.Globalization;

namespace ExchangeHub.Web.Pages.Shared.Charts;

/// <summary>Coordinates for the chart partials, in SVG user units; y grows downwards, so higher values get smaller y.</summary>
public static class ChartGeometry
{
    public const int Pad = 4;

    /// <summary>The polyline points of a line through <paramref name="chart"/>'s values across <paramref name="width"/>.</summary>
    public static string Line(Chart chart, int width, int height) =>
        string.Join(' ', chart.Points.Select((p, i) => $"{Fmt(X(i, chart.Points.Count, width))},{Fmt(Y(p.Value, chart.Max, height))}"));

    public static double X(int index, int count, int width) =>
        count <= 1 ? width / 2.0 : Pad + (width - (2.0 * Pad)) * index / (count - 1);

    public static double Y(decimal value, decimal max, int height) =>
        max <= 0 ? height - Pad : height - Pad - ((height - (2.0 * Pad)) * (double)(value / max));

    /// <summary>The length of a bar for <paramref name="value"/>, at least a sliver for any value above zero.</summary>
    public static double BarLength(decimal value, decimal max, int width) =>
        max <= 0 || value <= 0 ? 0 : Math.Max(2, width * (double)(value / max));

    public static string Fmt(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
