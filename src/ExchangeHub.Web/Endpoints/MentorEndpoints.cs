using ExchangeHub.Core.Features.Mentors;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

/// <summary>Mentor profiles and the directory; requests and the desk are in <see cref="MentorRequestEndpoints"/>.</summary>
public static class MentorEndpoints
{
    public static IEndpointRouteBuilder MapMentorEndpoints(this IEndpointRouteBuilder app)
    {
        var mentors = app.MapGroup("/api/mentors").WithTags("Mentors");
        mentors.MapGet("/", async (string? theme, bool? onDuty, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListMentorsQuery(string.IsNullOrWhiteSpace(theme) ? null : theme.Trim(), onDuty ?? false)),
                items => Results.Ok(new { items })));
        mentors.MapGet("/me", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetMentorQuery(null)), Results.Ok));
        mentors.MapPut("/me", async (MentorProfileFields fields, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new SaveMentorProfileCommand(fields)), Results.Ok));
        mentors.MapGet("/{userId}", async (string userId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetMentorQuery(userId)), Results.Ok));
        return app;
    }
}
