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
        app.MapPost("/api/partnership-requests", async (RequestBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new RequestPartnershipCommand(body.FromLabId ?? "", body.ToLabId ?? "", body.Message, Blank(body.ConsortiumId))),
                request => Results.Created($"/api/me/partnership-requests#{request.Id}", PartnershipResponse.From(request))))
            .WithTags("Partners");
        app.MapPost("/api/partnership-requests/{id}/accept", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new AnswerPartnershipRequestCommand(id, Accept: true)), request => Results.Ok(PartnershipResponse.From(request))))
            .WithTags("Partners");
        app.MapPost("/api/partnership-requests/{id}/decline", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new AnswerPartnershipRequestCommand(id, Accept: false)), request => Results.Ok(PartnershipResponse.From(request))))
            .WithTags("Partners");
        app.MapGet("/api/me/partnership-requests", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListMyPartnershipRequestsQuery()), items => Results.Ok(new { items = items.Select(PartnershipResponse.From) })))
            .WithTags("Partners");
        return app;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record RequestBody(string? FromLabId, string? ToLabId, string? Message, string? ConsortiumId);
}
