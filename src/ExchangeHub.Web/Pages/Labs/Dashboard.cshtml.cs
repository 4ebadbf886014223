using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Web.Pages.Shared.Charts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages.Labs;

/// <summary>A lab's dashboard for its members: KPI targets against actuals over time, and all its work in one place.</summary>
[Authorize]
public sealed class DashboardModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    private LabDashboard? _dashboard;

    public LabDashboard Dashboard => _dashboard ?? throw new InvalidOperationException("The dashboard is read in OnGetAsync.");

    public IReadOnlyList<Chart> KpiCharts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string labId)
    {
        var result = await mediator.Send(new GetLabDashboardQuery(labId));
        if (!result.IsSuccess)
        {
            return this.ProblemResult(result.Problem);
        }

        _dashboard = result.ValueOrThrow();
        var history = _dashboard.Lab.KpiHistory ?? [];
        KpiCharts = [.. (_dashboard.Lab.Fields.Kpis ?? []).Select(kpi => new Chart(
            $"{kpi.Indicator} ({kpi.Unit})",
            [
                new ChartPoint(text["Kpi.Baseline"], kpi.Baseline, Display.Number(kpi.Baseline)),
                .. history.Where(r => r.Indicator == kpi.Indicator)
                    .Select(r => new ChartPoint(Display.Date(r.On), r.Actual, Display.Number(r.Actual))),
            ],
            kpi.Target,
            text["Dashboard.TargetLine", Display.Number(kpi.Target), kpi.Unit]))];
        return Page();
    }
}
