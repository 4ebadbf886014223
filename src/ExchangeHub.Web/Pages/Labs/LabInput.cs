using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Web.Pages.Labs;

/// <summary>The lab form as posted: lists are one entry per line, KPIs one per line in <see cref="KpiLines"/> form.</summary>
public sealed class LabInput
{
    public string? Name { get; set; }

    public string? Prefecture { get; set; }

    public string? Municipality { get; set; }

    public string? Programme { get; set; }

    public List<string> Themes { get; set; } = [];

    public string? Needs { get; set; }

    public string? Offers { get; set; }

    public string? Vision { get; set; }

    public string? Kpis { get; set; }

    public static LabInput From(LabFields fields) => new()
    {
        Name = fields.Name,
        Prefecture = fields.Prefecture,
        Municipality = fields.Municipality,
        Programme = fields.Programme,
        Themes = [.. fields.Themes],
        Needs = string.Join('\n', fields.Needs),
        Offers = string.Join('\n', fields.Offers),
        Vision = fields.Vision,
        Kpis = KpiLines.Format(fields.Kpis ?? []),
    };

    /// <summary>The fields to send, or the 1-based number of the first KPI line that could not be read.</summary>
    public (LabFields? Fields, int BadKpiLine) ToFields()
    {
        if (!KpiLines.TryParse(Kpis, out var kpis, out var badLine))
        {
            return (null, badLine);
        }

        return (new LabFields(
            Name ?? "", Prefecture ?? "", Municipality ?? "", Programme ?? "", Themes, Lines(Needs), Lines(Offers), Vision ?? "", kpis), 0);
    }

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
