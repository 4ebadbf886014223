using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Moderation;
using ExchangeHub.Core.Features.Operator;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

/// <summary>The programme office's calls; every one answers 403 to anyone but an operator.</summary>
public static class OperatorEndpoints
{
    public static IEndpointRouteBuilder MapOperatorEndpoints(this IEndpointRouteBuilder app)
    {
        var operators = app.MapGroup("/api/operator").WithTags("Operator");
        operators.MapGet("/overview", async (IMediator mediator, TimeProvider clock) =>
            ProblemResults.Map(await mediator.Send(new GetOperatorOverviewQuery()), overview => Results.Ok(OperatorOverviewResponse.From(overview, clock.GetUtcNow()))));
        operators.MapGet("/labs/pending", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetOperatorOverviewQuery()),
                overview => Results.Ok(new { items = overview.Pending.Select(LabSummaryResponse.From) })));
        operators.MapGet("/labs.csv", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetOperatorOverviewQuery()),
                overview => Results.File(DirectoryCsv.Write(overview.Labs), "text/csv; charset=utf-8", "exchangehub-labs.csv")));
        operators.MapPost("/labs/{labId}/approve", async (string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ApproveLabCommand(labId)), lab => Results.Ok(LabResponse.From(lab))));
        operators.MapPost("/labs/{labId}/move-to-dx", async (string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new MoveLabToDxCommand(labId)), lab => Results.Ok(LabResponse.From(lab))));
        operators.MapPost("/labs/{labId}/companies/{companyId}/recommend", async (string labId, string companyId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new RecommendCompanyCommand(labId, companyId)), Results.Ok));
        operators.MapGet("/flags", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetOperatorOverviewQuery()), overview => Results.Ok(new { items = overview.Flags })));
        operators.MapPost("/flags/{threadId}/{seq:long}/hide", async (string threadId, long seq, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new HidePostCommand(threadId, seq)), Results.Ok));
        operators.MapPost("/flags/{threadId}/{seq:long}/dismiss", async (string threadId, long seq, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new DismissFlagCommand(threadId, seq)), Results.Ok));

        app.MapPost("/api/threads/{id}/posts/{postId}/flags", async (string id, string postId, FlagBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new FlagPostCommand(id, postId, body.Reason ?? "", body.Seq)),
                flag => Results.Created($"/api/operator/flags", flag)))
            .WithTags("Topic threads");
        app.MapPost("/api/labs/{labId}/companies", async (string labId, CompanyBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new AddCompanyCommand(labId, body.Name ?? "")),
                company => Results.Created($"/api/labs/{labId}", company)))
            .WithTags("Labs");
        return app;
    }

    private sealed record FlagBody(string? Reason, long? Seq);

    private sealed record CompanyBody(string? Name);
}
