using ExchangeHub.Core.Features.CaseStudies;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class CaseStudyEndpoints
{
    public static IEndpointRouteBuilder MapCaseStudyEndpoints(this IEndpointRouteBuilder app)
    {
        var tag = "Case studies";
        app.MapPost("/api/labs/{labId}/case-studies", async (string labId, CaseStudyFields fields, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new CreateCaseStudyCommand(labId, fields)),
                created => Results.Created($"/api/case-studies/{created.Id}", CaseStudyResponse.From(created)))).WithTags(tag);
        app.MapGet("/api/labs/{labId}/case-studies", async (string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListCaseStudiesQuery(labId)), cards => Results.Ok(new { items = cards })))
            .WithTags(tag);
        app.MapGet("/api/case-studies/{id}", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetCaseStudyQuery(id)), details => Results.Ok(CaseStudyResponse.From(details))))
            .WithTags(tag);
        app.MapPut("/api/case-studies/{id}", async (string id, CaseStudyFields fields, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new UpdateCaseStudyCommand(id, fields)),
                details => Results.Ok(CaseStudyResponse.From(details)))).WithTags(tag);
        app.MapGet("/api/case-studies/{id}/revisions/{revision:int}", async (string id, int revision, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetCaseStudyRevisionQuery(id, revision)), Results.Ok)).WithTags(tag);
        app.MapPost("/api/markdown/preview", async (PreviewBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new PreviewMarkdownQuery(body.Markdown)), html => Results.Ok(new { html })))
            .WithTags(tag);
        return app;
    }

    private sealed record PreviewBody(string Markdown);
}
