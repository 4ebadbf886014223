using System.Text;
using ExchangeHub.Core.Features.Applications;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

/// <summary>The application workspace: a consortium's joint application and an IoT lab's transition plan share one shape.</summary>
public static class ApplicationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        MapWorkspace(app, "/api/consortia/{id}/application", ApplicationKeys.Consortium);
        MapWorkspace(app, "/api/labs/{id}/transition-plan", ApplicationKeys.Lab);
        return app;
    }

    private static void MapWorkspace(IEndpointRouteBuilder app, string route, Func<string, string> key)
    {
        var group = app.MapGroup(route).WithTags("Applications");
        group.MapGet("/", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetApplicationQuery(key(id))), details => Results.Ok(ApplicationResponse.From(details))));
        group.MapPut("/{section}", async (string id, string section, SectionBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new SaveApplicationSectionCommand(key(id), section, body.BaseVersion, body.Markdown, body.Kpis, body.Criteria)),
                details => Results.Ok(ApplicationResponse.From(details))));
        group.MapGet("/markdown", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ExportApplicationQuery(key(id))),
                markdown => Results.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", "application.md")));
    }

    private sealed record SectionBody(int BaseVersion, string? Markdown, IReadOnlyList<ApplicationKpi>? Kpis, IReadOnlyList<CriterionCheck>? Criteria);
}
