using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class LabEndpoints
{
    public static IEndpointRouteBuilder MapLabEndpoints(this IEndpointRouteBuilder app)
    {
        var labs = app.MapGroup("/api/labs").WithTags("Labs");
        labs.MapPost("/", async (LabFields fields, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new CreateLabCommand(fields)),
                lab => Results.Created($"/api/labs/{lab.Id}", LabResponse.From(lab))));
        labs.MapGet("/", async (IMediator mediator, string? prefecture, string? region, string? theme, string? programme,
            string? q, int? skip, int? take) =>
        {
            var filter = new LabFilter(Blank(prefecture), Blank(region), Blank(theme), Blank(programme), Blank(q), skip ?? 0, take ?? 50);
            return ProblemResults.Map(await mediator.Send(new ListLabsQuery(filter)), page =>
                Results.Ok(new { items = page.Items.Select(LabSummaryResponse.From), total = page.Total }));
        });
        labs.MapGet("/{labId}", async (string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetLabQuery(labId)), lab => Results.Ok(LabResponse.From(lab))));
        labs.MapPut("/{labId}", async (string labId, LabFields fields, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new UpdateLabCommand(labId, fields)), lab => Results.Ok(LabResponse.From(lab))));
        labs.MapPost("/{labId}/members", async (string labId, MemberBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new AddLabMemberCommand(labId, body.Email, body.Role)),
                member => Results.Created($"/api/labs/{labId}", member)));
        labs.MapDelete("/{labId}/members/{userId}", async (string labId, string userId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new RemoveLabMemberCommand(labId, userId)), lab => Results.Ok(LabResponse.From(lab))));
        return app;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record MemberBody(string Email, string Role);
}
