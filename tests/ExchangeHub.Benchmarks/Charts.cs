using System.Globalization;
using System.Net;
using System.Text;

namespace ExchangeHub.Benchmarks;

public sealed record Series(string Name, IReadOnlyList<(double X, double Y)> Points, bool Dashed = false);

/// <summary>Line charts as plain SVG, on logarithmic axes where asked; no library, so the report renders anywhere.</summary>
public static class Charts
{
    private static readonly string[] _colours = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#57606a"];
    private const int Width = 760, Height = 420, Left = 70, Right = 230, Top = 40, Bottom = 50;

    public static string Line(string title, string xLabel, string yLabel, IReadOnlyList<Series> series, bool logX, bool logY)
    {
        var points = series.SelectMany(s => s.Points).Where(p => (!logX || p.X > 0) && (!logY || p.Y > 0)).ToList();
        var (xMin, xMax) = Range(points.Select(p => p.X), logX);
        var (yMin, yMax) = Range(points.Select(p => p.Y), logY);
        double X(double x) => Left + ((Scale(x, logX) - Scale(xMin, logX)) / (Scale(xMax, logX) - Scale(xMin, logX)) * (Width - Left - Right));
        double Y(double y) => Height - Bottom - ((Scale(y, logY) - Scale(yMin, logY)) / (Scale(yMax, logY) - Scale(yMin, logY)) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" font-family="sans-serif" font-size="12">""").AppendLine();
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{Height}" fill="white"/><text x="{Left}" y="22" font-size="15" font-weight="bold">{Escape(title)}</text>""").AppendLine();
        foreach (var tick in Ticks(xMin, xMax, logX))
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{X(tick):0.0}" y1="{Top}" x2="{X(tick):0.0}" y2="{Height - Bottom}" stroke="#eaeef2"/><text x="{X(tick):0.0}" y="{Height - Bottom + 16}" text-anchor="middle">{Label(tick)}</text>""").AppendLine();
        }

        foreach (var tick in Ticks(yMin, yMax, logY))
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{Y(tick):0.0}" x2="{Width - Right}" y2="{Y(tick):0.0}" stroke="#eaeef2"/><text x="{Left - 6}" y="{Y(tick) + 4:0.0}" text-anchor="end">{Label(tick)}</text>""").AppendLine();
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Left}" y="{Top}" width="{Width - Left - Right}" height="{Height - Top - Bottom}" fill="none" stroke="#57606a"/>""").AppendLine();
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{(Left + Width - Right) / 2}" y="{Height - 12}" text-anchor="middle">{Escape(xLabel)}</text>""").AppendLine();
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="16" y="{(Top + Height - Bottom) / 2}" text-anchor="middle" transform="rotate(-90 16 {(Top + Height - Bottom) / 2})">{Escape(yLabel)}</text>""").AppendLine();
        for (var i = 0; i < series.Count; i++)
        {
            var colour = _colours[i % _colours.Length];
            var dash = series[i].Dashed ? " stroke-dasharray=\"6 4\"" : "";
            var path = string.Join(' ', series[i].Points.Where(p => (!logX || p.X > 0) && (!logY || p.Y > 0)).Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.X):0.0},{Y(p.Y):0.0}")));
            svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>""").AppendLine();
            var legendY = Top + 10 + (i * 20);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Width - Right + 12}" y1="{legendY}" x2="{Width - Right + 36}" y2="{legendY}" stroke="{colour}" stroke-width="2"{dash}/><text x="{Width - Right + 42}" y="{legendY + 4}">{Escape(series[i].Name)}</text>""").AppendLine();
        }

        return svg.AppendLine("</svg>").ToString();
    }

    /// <summary>The empirical distribution of samples: for each latency, the share of samples at or below it.</summary>
    public static IReadOnlyList<(double X, double Y)> Distribution(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Select((value, index) => (value, 100.0 * (index + 1) / sorted.Length)).ToList();
    }

    private static (double Min, double Max) Range(IEnumerable<double> values, bool log)
    {
        var list = values.DefaultIfEmpty(1).ToList();
        var (min, max) = (list.Min(), list.Max());
        if (log)
        {
            return (Math.Pow(10, Math.Floor(Math.Log10(min))), Math.Pow(10, Math.Ceiling(Math.Log10(max))));
        }

        return (Math.Min(0, min), max <= min ? min + 1 : max * 1.05);
    }

    private static double Scale(double value, bool log) => log ? Math.Log10(value) : value;

    private static IEnumerable<double> Ticks(double min, double max, bool log)
    {
        if (log)
        {
            for (var tick = min; tick <= max * 1.0001; tick *= 10)
            {
                yield return tick;
            }

            yield break;
        }

        var step = Math.Pow(10, Math.Floor(Math.Log10((max - min) / 4)));
        for (var tick = Math.Ceiling(min / step) * step; tick <= max; tick += step)
        {
            yield return tick;
        }
    }

    private static string Label(double value) => value.ToString(value >= 1000 ? "#,0" : "0.###", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
