using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Web.Pages.Mentors;
using ExchangeHub.Web.Pages.Shared.Charts;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages;

public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> text, TimeProvider clock) : PageModel
{
    private const int Newest = 6;
    private const int FeedLength = 12;
    private const int Months = 12;

    public int LabCount { get; private set; }

    public int DxCount { get; private set; }

    public int IotCount { get; private set; }

    public int CaseStudiesThisMonth { get; private set; }

    public int OpenMentorRequests { get; private set; }

    public string MedianFirstResponse { get; private set; } = "";

    public IReadOnlyList<ActivityItem> Feed { get; private set; } = [];

    public long FeedSeq { get; private set; }

    public Chart CaseStudiesPerMonth { get; private set; } = new("", []);

    public Chart LabsByRegion { get; private set; } = new("", []);

    public IReadOnlyList<LabSummary> RecentLabs { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var home = (await mediator.Send(new GetHomeQuery())).ValueOrThrow();
        LabCount = home.Labs.Count;
        DxCount = home.Labs.Count(lab => lab.Programme == Programmes.Dx);
        IotCount = LabCount - DxCount;
        var perMonth = home.Activity.PerMonth(ActivityKinds.CaseStudyPublished, clock.GetUtcNow(), Months);
        CaseStudiesThisMonth = perMonth[^1].Count;
        OpenMentorRequests = home.OpenMentorRequests;
        MedianFirstResponse = MentorText.Duration(text, home.MedianFirstResponseSeconds);
        Feed = [.. home.Activity.Items.Take(FeedLength)];
        FeedSeq = home.Activity.LastSeq;
        CaseStudiesPerMonth = new Chart(text["Home.CaseStudiesPerMonth"],
            [.. perMonth.Select(m => new ChartPoint(ActivityText.MonthLabel(m.Month), m.Count, Display.Number(m.Count)))]);
        LabsByRegion = new Chart(text["Home.LabsByRegion"], [.. RegionCount.Of(home.Labs).Select(r => new ChartPoint(
            RegionBlocks.TryParseSlug(r.Region, out var region) ? Display.Region(region) : r.Region, r.Count, Display.Number(r.Count)))]);
        RecentLabs = [.. home.Labs.OrderByDescending(lab => lab.UpdatedAt).Take(Newest)];
    }
}
