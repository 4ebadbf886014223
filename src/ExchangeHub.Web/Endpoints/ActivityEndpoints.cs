using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class ActivityEndpoints
{
    public static IEndpointRouteBuilder MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/activity", async (IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetActivityQuery()), activity => Results.Ok(new { items = activity.Items, lastSeq = activity.LastSeq })))
            .WithTags("Activity");
        app.MapGet("/api/labs/{labId}/dashboard", async (string labId, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetLabDashboardQuery(labId)), dashboard => Results.Ok(new
            {
                lab = LabResponse.From(dashboard.Lab),
                threads = dashboard.Threads,
                consortia = dashboard.Consortia,
                mentorRequests = dashboard.MentorRequests,
            })))
            .WithTags("Labs");
        return app;
    }
}
