using System.Globalization;
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

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Prefecture { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    public bool Searched { get; private set; }

    /// <summary>What was wrong with the search, in the reader's language, when it could not run.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Skip = Math.Max(Skip, 0);
        Searched = new[] { Text, Type, Prefecture, Region, Theme }.Any(value => !string.IsNullOrWhiteSpace(value));
        if (!Searched)
        {
            return;
        }

        var result = await mediator.Send(new SearchQuery(Text, Blank(Type), Blank(Prefecture), Blank(Region), Blank(Theme), Skip, PageSize));
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

    public Dictionary<string, string?> RouteFor(int skip) => new()
    {
        ["q"] = Blank(Text),
        ["type"] = Blank(Type),
        ["prefecture"] = Blank(Prefecture),
        ["region"] = Blank(Region),
        ["theme"] = Blank(Theme),
        ["skip"] = skip > 0 ? skip.ToString(CultureInfo.InvariantCulture) : null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
