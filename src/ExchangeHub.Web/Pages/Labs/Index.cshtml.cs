using ExchangeHub.Core.Features.Labs;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Labs;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true, Name = "")]
    public ListFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Programme { get; set; }

    public LabPage Results { get; private set; } = new([], 0);

    public bool IsFiltered => Filter.IsSet(Programme);

    public async Task OnGetAsync()
    {
        var filter = new LabFilter(ListFilter.Blank(Filter.Prefecture), ListFilter.Blank(Filter.Region), ListFilter.Blank(Filter.Theme),
            ListFilter.Blank(Programme), ListFilter.Blank(Filter.Text), Filter.Skip, PageSize);
        Results = (await mediator.Send(new ListLabsQuery(filter))).ValueOrThrow();
    }

    public Dictionary<string, string?> RouteFor(int skip) => Filter.RouteFor(skip, "programme", Programme);
}
