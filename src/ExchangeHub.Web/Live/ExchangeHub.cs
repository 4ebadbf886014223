using ExchangeHub.Core.Features.Live;
using Mediator;
using Microsoft.AspNetCore.SignalR;

namespace ExchangeHub.Web.Live;

/// <summary>
/// The one hub, at /hubs/exchange. A client subscribes to a stream with the last seq it has seen; the answer holds every
/// event after it, and new ones follow as <see cref="IExchangeClient.Event"/>. An event can arrive both ways around the
/// moment of joining, so clients drop any seq they already have.
/// </summary>
public sealed class ExchangeHub(IMediator mediator) : Hub<IExchangeClient>
{
    public const string Path = "/hubs/exchange";

    public async Task<IReadOnlyList<LiveEventMessage>> Subscribe(string stream, long afterSeq)
    {
        // Authorise before joining the group, so a refused caller never receives a single push.
        var allowed = await mediator.Send(new CanSeeStreamQuery(stream));
        if (!allowed.IsSuccess)
        {
            throw new HubException(allowed.Problem.Detail);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, stream);
        var missed = await mediator.Send(new SubscribeToStreamQuery(stream, afterSeq));
        if (!missed.IsSuccess)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, stream);
            throw new HubException(missed.Problem.Detail);
        }

        return missed.ValueOrThrow().Select(LiveEventMessage.From).ToList();
    }

    public Task Unsubscribe(string stream) => Groups.RemoveFromGroupAsync(Context.ConnectionId, stream);
}
