using ExchangeHub.Core.Features.Labs;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ExchangeHub.Web.Pages.Labs;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public string? Prefecture { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Programme { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    public LabPage Results { get; private set; } = new([], 0);

    public bool IsFiltered => new[] { Prefecture, Region, Theme, Programme, Text }.Any(value => !string.IsNullOrWhiteSpace(value));

    public async Task OnGetAsync()
    {
        Skip = Math.Max(Skip, 0);
        var filter = new LabFilter(Blank(Prefecture), Blank(Region), Blank(Theme), Blank(Programme), Blank(Text), Skip, PageSize);
        Results = (await mediator.Send(new ListLabsQuery(filter))).ValueOrThrow();
    }

    public Dictionary<string, string?> RouteFor(int skip) => new()
    {
        ["prefecture"] = Blank(Prefecture),
        ["region"] = Blank(Region),
        ["theme"] = Blank(Theme),
        ["programme"] = Blank(Programme),
        ["q"] = Blank(Text),
        ["skip"] = skip > 0 ? skip.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
