using ExchangeHub.Core.Features.Mentors;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class MentorRequestEndpoints
{
    public static IEndpointRouteBuilder MapMentorRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/mentor-requests").WithTags("Mentors");
        requests.MapPost("/", async (NewRequestBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new OpenMentorRequestCommand(body.LabId ?? "", body.Title ?? "", body.Body ?? "",
                body.Themes ?? [], body.Urgency ?? MentorUrgency.Normal)), opened => Results.Created(
                $"/api/mentor-requests/{opened.Request.Id}", OpenedMentorRequestResponse.From(opened))));
        requests.MapGet("/mine", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListMyMentorRequestsQuery()), mine => Results.Ok(new
            {
                items = mine.OfMyLabs.Select(r => new { role = "requester", request = r })
                    .Concat(mine.AsMentor.Select(r => new { role = "mentor", request = r })),
                ofMyLabs = mine.OfMyLabs,
                asMentor = mine.AsMentor,
            })));
        requests.MapGet("/{id}", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetMentorRequestQuery(id)), guarded => Results.Ok(MentorRequestResponse.From(guarded))));
        requests.MapPost("/{id}/claim", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ClaimMentorRequestCommand(id)), request => Results.Ok(MentorRequestResponse.From(request))));
        requests.MapPost("/{id}/resolve", async (string id, ResolveBody? body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ResolveMentorRequestCommand(id, body?.Rating, body?.Comment)),
                request => Results.Ok(MentorRequestResponse.From(request))));
        requests.MapPost("/{id}/cancel", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new CancelMentorRequestCommand(id)), request => Results.Ok(MentorRequestResponse.From(request))));
        requests.MapPost("/{id}/seen", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new MarkMentorRequestSeenCommand(id)), request => Results.Ok(MentorRequestResponse.From(request))));

        var desk = app.MapGroup("/api/mentor-desk").WithTags("Mentors");
        desk.MapGet("/", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetMentorDeskQuery()), view => Results.Ok(new
            {
                items = view.Items.Select(entry => DeskItemResponse.From(entry, view.Mentor.Expertise)),
                expectedWaitSeconds = view.ExpectedWaitSeconds,
                unservedCount = view.UnservedCount,
                lastSeq = view.LastSeq,
                stream = Core.Common.Live.StreamNames.MentorDesk,
            })));
        desk.MapGet("/unserved", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListUnservedRequestsQuery()), items => Results.Ok(new { items, total = items.Count })));
        return app;
    }

    private sealed record NewRequestBody(string? LabId, string? Title, string? Body, IReadOnlyList<string>? Themes, string? Urgency);

    private sealed record ResolveBody(int? Rating, string? Comment);
}
