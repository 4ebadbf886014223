using ExchangeHub.Core.Features.Applications;

namespace ExchangeHub.Web.Pages.Applications;

/// <summary>
/// One section of the application editor as posted, with the version it was edited from: Markdown for the vision and
/// the plan, rows for the KPI table, checks for the review criteria.
/// </summary>
public sealed class ApplicationInput
{
    public int BaseVersion { get; set; }

    public string? Markdown { get; set; }

    public List<KpiRowInput> Kpis { get; set; } = [];

    public List<CriterionInput> Criteria { get; set; } = [];

    /// <summary>The rows to keep: neither marked for removal nor left blank.</summary>
    public IEnumerable<KpiRowInput> KeptKpis => Kpis.Where(row => !row.Remove && !row.IsBlank);

    /// <summary>The save command, or the 1-based number of the first KPI row whose numbers or date could not be read.</summary>
    public (SaveApplicationSectionCommand? Command, int BadRow) ToCommand(string key, string section)
    {
        if (section == ApplicationSections.Kpis)
        {
            var kpis = new List<ApplicationKpi>();
            var number = 0;
            foreach (var row in KeptKpis)
            {
                number++;
                if (row.ToKpi() is not { } kpi)
                {
                    return (null, number);
                }

                kpis.Add(kpi);
            }

            return (new SaveApplicationSectionCommand(key, section, BaseVersion, null, kpis, null), 0);
        }

        return section == ApplicationSections.Criteria
            ? (new SaveApplicationSectionCommand(key, section, BaseVersion, null, null, Criteria.Select(c => c.ToCheck()).ToList()), 0)
            : (new SaveApplicationSectionCommand(key, section, BaseVersion, Markdown ?? "", null, null), 0);
    }
}
