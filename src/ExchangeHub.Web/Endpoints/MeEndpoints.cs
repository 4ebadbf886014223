using ExchangeHub.Core.Features.Notifications;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

/// <summary>The signed-in person's own views: their threads, unread threads and notifications.</summary>
public static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Me");
        me.MapGet("/threads", async (bool? unread, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListMyThreadsQuery(unread ?? false)), items => Results.Ok(new
            {
                items = items.Select(FollowingResponse.From),
                unreadPosts = items.Sum(f => f.Unread),
            })));
        me.MapGet("/notifications", async (int? limit, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetNotificationsQuery(limit ?? 50)), Results.Ok));
        me.MapPost("/notifications/read", async (ReadBody? body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new MarkNotificationsReadCommand(body?.Ids ?? [])), Results.Ok));
        return app;
    }

    private sealed record ReadBody(IReadOnlyList<string>? Ids);
}
