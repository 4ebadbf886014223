using ExchangeHub.Core.Features.Consortia;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class ConsortiumEndpoints
{
    public static IEndpointRouteBuilder MapConsortiumEndpoints(this IEndpointRouteBuilder app)
    {
        var consortia = app.MapGroup("/api/consortia").WithTags("Consortia");
        consortia.MapPost("/", async (NewBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new CreateConsortiumCommand(body.Name, body.Purpose ?? "", body.LeadLabId, body.Deadline)),
                consortium => Results.Created($"/api/consortia/{consortium.Id}", ConsortiumResponse.From(consortium, canManage: true))));
        consortia.MapGet("/{id}", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetConsortiumQuery(id)), role => Results.Ok(ConsortiumResponse.From(role.Consortium, role.IsLeadAdmin))));
        consortia.MapPut("/{id}", async (string id, NewBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new UpdateConsortiumCommand(id, body.Name, body.Purpose ?? "", body.Deadline)), Ok));
        consortia.MapPost("/{id}/invitations", async (string id, LabBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new InviteLabCommand(id, body.LabId)),
                consortium => Results.Created($"/api/consortia/{id}", ConsortiumResponse.From(consortium, canManage: true))));
        consortia.MapPost("/{id}/invitations/{labId}/accept", async (string id, string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new RespondToInvitationCommand(id, labId, Accept: true)), Ok));
        consortia.MapPost("/{id}/invitations/{labId}/decline", async (string id, string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new RespondToInvitationCommand(id, labId, Accept: false)), Ok));
        consortia.MapPost("/{id}/members/{labId}/leave", async (string id, string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new LeaveConsortiumCommand(id, labId)), Ok));
        consortia.MapPost("/{id}/lead", async (string id, LabBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new HandOverLeadCommand(id, body.LabId)), Ok));
        consortia.MapPost("/{id}/status", async (string id, StatusBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new SetConsortiumStatusCommand(id, body.Status)), Ok));
        app.MapGet("/api/labs/{labId}/consortia", async (string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListLabConsortiaQuery(labId)), items => Results.Ok(new { items }))).WithTags("Consortia");
        app.MapGet("/api/me/invitations", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListMyInvitationsQuery()), items => Results.Ok(new { items }))).WithTags("Consortia");
        return app;
    }

    private static IResult Ok(ConsortiumView consortium) => Results.Ok(ConsortiumResponse.From(consortium, canManage: false));

    private sealed record NewBody(string Name, string? Purpose, string LeadLabId, DateTimeOffset? Deadline);

    private sealed record LabBody(string LabId);

    private sealed record StatusBody(string Status);
}
