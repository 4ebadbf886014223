using ExchangeHub.Core.Features.Labs;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    private const int Newest = 6;

    public int LabCount { get; private set; }

    public int DxCount { get; private set; }

    public int IotCount { get; private set; }

    public IReadOnlyList<LabSummary> RecentLabs { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = (await mediator.Send(new ListLabsQuery(new LabFilter(Take: 200)))).ValueOrThrow();
        var dx = (await mediator.Send(new ListLabsQuery(new LabFilter(Programme: Programmes.Dx, Take: 1)))).ValueOrThrow();
        LabCount = all.Total;
        DxCount = dx.Total;
        IotCount = all.Total - dx.Total;
        RecentLabs = all.Items.OrderByDescending(lab => lab.UpdatedAt).Take(Newest).ToList();
    }
}
