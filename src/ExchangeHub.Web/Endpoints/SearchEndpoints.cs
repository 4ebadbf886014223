using ExchangeHub.Core.Features.Search;
using ExchangeHub.Web.Security;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (IMediator mediator, string? q, string? type, string? prefecture, string? region, string? theme, int? skip, int? take) =>
            ProblemResults.Map(
                await mediator.Send(new SearchQuery(q, Blank(type), Blank(prefecture), Blank(region), Blank(theme), skip ?? 0, take ?? 20)),
                results => Results.Ok(new { items = results.Items.Select(SearchHitResponse.From), total = results.Total })))
            .WithTags("Search")
            .RequireRateLimiting(RateLimits.Search);
        return app;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
