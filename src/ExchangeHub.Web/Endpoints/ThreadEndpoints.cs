using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Web.Endpoints;

public static class ThreadEndpoints
{
    public static IEndpointRouteBuilder MapThreadEndpoints(this IEndpointRouteBuilder app)
    {
        var threads = app.MapGroup("/api/threads").WithTags("Topic threads");
        threads.MapPost("/", async (NewThreadBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new CreateThreadCommand(body.Space, body.Title, body.Body)),
                thread => Results.Created($"/api/threads/{thread.Id}", thread)));
        threads.MapGet("/", async (string? space, int? skip, int? take, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ListThreadsQuery(space ?? Spaces.Public, skip ?? 0, take ?? 50)),
                items => Results.Ok(new { items })));
        threads.MapGet("/{id}", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetThreadQuery(id)), guarded => Results.Ok(ThreadResponse.From(guarded))));
        threads.MapGet("/{id}/posts", async (string id, long? after, int? limit, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetPostsQuery(id, after ?? 0, limit ?? 100)), Results.Ok));
        threads.MapPost("/{id}/posts", async (string id, NewPostBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new AddPostCommand(id, body.Body, body.ReplyTo, body.ClientId)), receipt =>
            {
                var answer = new { seq = receipt.Post.Seq, id = receipt.Post.Id, html = receipt.Post.Html };
                return receipt.Created ? Results.Created($"/api/threads/{id}/posts?after={receipt.Post.Seq - 1}&limit=1", answer) : Results.Ok(answer);
            }));
        threads.MapPut("/{id}/posts/{seq:long}", async (string id, long seq, EditPostBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new EditPostCommand(id, seq, body.Body)), Results.Ok));
        threads.MapDelete("/{id}/posts/{seq:long}", async (string id, long seq, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new DeletePostCommand(id, seq)), Results.Ok));
        threads.MapGet("/{id}/posts/{seq:long}/history", async (string id, long seq, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new GetPostHistoryQuery(id, seq)), items => Results.Ok(new { items })));
        threads.MapPost("/{id}/posts/{seq:long}/reactions", async (string id, long seq, ReactionBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ReactToPostCommand(id, seq, body.Emoji, true)), Results.Ok));
        threads.MapDelete("/{id}/posts/{seq:long}/reactions/{emoji}", async (string id, long seq, string emoji, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ReactToPostCommand(id, seq, emoji, false)), Results.Ok));
        threads.MapPost("/{id}/resolve", async (string id, ResolveBody? body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ResolveThreadCommand(id, body?.AcceptedSeq)), Results.Ok));
        threads.MapPost("/{id}/reopen", async (string id, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new ResolveThreadCommand(id, null, Reopen: true)), Results.Ok));
        threads.MapPut("/{id}/follow", async (string id, FollowBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new FollowThreadCommand(id, body.Level)), following => Results.Ok(FollowingResponse.From(following))));
        threads.MapPost("/{id}/read", async (string id, ReadBody body, IMediator mediator) =>
            ProblemResults.Map(await mediator.Send(new MarkThreadReadCommand(id, body.Seq)),
                following => Results.Ok(following is null ? null : FollowingResponse.From(following))));
        return app;
    }

    private sealed record NewThreadBody(string Space, string Title, string Body);

    private sealed record NewPostBody(string Body, long? ReplyTo, string? ClientId);

    private sealed record EditPostBody(string Body);

    private sealed record ReactionBody(string Emoji);

    private sealed record ResolveBody(long? AcceptedSeq);

    private sealed record FollowBody(FollowLevel Level);

    private sealed record ReadBody(long Seq);
}
