using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Features.Partners;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class PartnerEndpoints
{
    public static IEndpointRouteBuilder MapPartnerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/labs/{labId}/partner-recommendations", async (string labId, bool? farAway, int? take, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetPartnerRecommendationsQuery(labId, farAway ?? false, take ?? 10)),
                items => Results.Ok(new
                {
                    items = items.Select(r => new { r.LabId, r.Name, r.Prefecture, PrefectureName = Prefectures.Find(r.Prefecture)?.NameJa ?? "", r.Score, r.Reasons }),
                })))
            .WithTags("Partners");
        return app;
    }
}
