using System.Globalization;
using System.Text;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Web.Pages.Labs;

/// <summary>
/// KPIs as plain lines: <c>indicator | unit | baseline | target | actual | due date</c>; the last two may be left out.
/// Full-width bars and digits, as Japanese input methods type them, are read too.
/// </summary>
public static class KpiLines
{
    private const char Separator = '|';

    public static string Format(IEnumerable<Kpi> kpis) => string.Join('\n', kpis.Select(kpi => string.Join(" | ",
        new[]
        {
            kpi.Indicator, kpi.Unit, Number(kpi.Baseline), Number(kpi.Target),
            kpi.Actual is { } actual ? Number(actual) : "", kpi.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        }).TrimEnd(' ', Separator)));

    public static bool TryParse(string? text, out List<Kpi> kpis, out int badLine)
    {
        kpis = [];
        badLine = 0;
        var lines = (text ?? "").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index].Trim().Length == 0)
            {
                continue;
            }

            if (Parse(lines[index]) is not { } kpi)
            {
                badLine = index + 1;
                return false;
            }

            kpis.Add(kpi);
        }

        return true;
    }

    private static Kpi? Parse(string line)
    {
        var parts = line.Split([Separator, '｜'], StringSplitOptions.TrimEntries);
        if (parts.Length is < 4 or > 6 || parts[0].Length == 0
            || !TryNumber(parts[2], out var baseline) || !TryNumber(parts[3], out var target))
        {
            return null;
        }

        decimal? actual = null;
        if (parts.Length > 4 && parts[4].Length > 0)
        {
            if (!TryNumber(parts[4], out var value))
            {
                return null;
            }

            actual = value;
        }

        DateOnly? due = null;
        if (parts.Length > 5 && parts[5].Length > 0)
        {
            if (!DateOnly.TryParseExact(parts[5].Normalize(NormalizationForm.FormKC), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return null;
            }

            due = date;
        }

        return new Kpi(parts[0], parts[1], baseline, target, actual, due);
    }

    /// <summary>Reads a number as people type it: full-width digits and thousands separators are fine.</summary>
    public static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Normalize(NormalizationForm.FormKC).Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
