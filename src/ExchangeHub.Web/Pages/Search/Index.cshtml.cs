using ExchangeHub.Core.Features.Search;
using ExchangeHub.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ExchangeHub.Web.Pages.Search;

/// <summary>Search across labs, case studies and public threads, with filters; works without JavaScript.</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "")]
    public ListFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    public bool Searched => Filter.IsSet(Type);

    /// <summary>What was wrong with the search, in the reader's language, when it could not run.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (!Searched)
        {
            return;
        }

        var result = await mediator.Send(new SearchQuery(Filter.Text, ListFilter.Blank(Type), ListFilter.Blank(Filter.Prefecture),
            ListFilter.Blank(Filter.Region), ListFilter.Blank(Filter.Theme), Filter.Skip, PageSize));
        if (result.IsSuccess)
        {
            Results = result.ValueOrThrow();
        }
        else
        {
            Problems = [.. result.Problem.Errors?.Values.SelectMany(errors => errors) ?? [result.Problem.Detail]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public Dictionary<string, string?> RouteFor(int skip) => Filter.RouteFor(skip, "type", Type);
}
