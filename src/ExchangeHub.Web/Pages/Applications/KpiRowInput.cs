using System.Globalization;
using System.Text;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Web.Pages.Labs;

namespace ExchangeHub.Web.Pages.Applications;

/// <summary>One row of the KPI table as typed: numbers and the date stay text until the row is saved.</summary>
public sealed class KpiRowInput
{
    public string? Indicator { get; set; }

    public string? Unit { get; set; }

    public string? Baseline { get; set; }

    public string? Target { get; set; }

    public string? DueDate { get; set; }

    public string? OwnerLabId { get; set; }

    /// <summary>Marked for removal (the form's checkbox when scripts are off).</summary>
    public bool Remove { get; set; }

    public string ShownBaseline => Shown(Baseline);

    public string ShownTarget => Shown(Target);

    public string ShownDueDate => DateOnly.TryParseExact(DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) && due != default
        ? Display.Date(due)
        : "–";

    public bool IsBlank => new[] { Indicator, Unit, Baseline, Target, DueDate }.All(string.IsNullOrWhiteSpace);

    public static KpiRowInput From(ApplicationKpi kpi) => new()
    {
        Indicator = kpi.Indicator,
        Unit = kpi.Unit,
        Baseline = Number(kpi.Baseline),
        Target = Number(kpi.Target),
        DueDate = kpi.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        OwnerLabId = kpi.OwnerLabId,
    };

    /// <summary>
    /// The KPI, or null when a number or the date cannot be read. A missing date is left for the validator to name.
    /// </summary>
    public ApplicationKpi? ToKpi()
    {
        if (!KpiLines.TryNumber(Baseline ?? "", out var baseline) || !KpiLines.TryNumber(Target ?? "", out var target))
        {
            return null;
        }

        var due = default(DateOnly);
        if (!string.IsNullOrWhiteSpace(DueDate) && !DateOnly.TryParseExact(
            DueDate.Trim().Normalize(NormalizationForm.FormKC), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out due))
        {
            return null;
        }

        return new ApplicationKpi((Indicator ?? "").Trim(), (Unit ?? "").Trim(), baseline, target, due, OwnerLabId ?? "");
    }

    private static string Shown(string? number) => KpiLines.TryNumber(number ?? "", out var value) ? Display.Number(value) : number ?? "";

    // Every digit the person saved comes back: no separators, no rounding.
    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
