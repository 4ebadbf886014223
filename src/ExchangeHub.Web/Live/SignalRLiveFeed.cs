using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Metrics;
using Microsoft.AspNetCore.SignalR;

namespace ExchangeHub.Web.Live;

/// <summary>Delivers grain events to the SignalR group named after the stream; in a cluster the backplane carries them to other nodes.</summary>
public sealed class SignalRLiveFeed(IHubContext<ExchangeHub, IExchangeClient> hub, HubMetrics metrics, TimeProvider clock) : ILiveFeed
{
    public Task PublishAsync(LiveEvent liveEvent)
    {
        metrics.LiveEventPublished(liveEvent.Stream, clock.GetUtcNow() - liveEvent.At);
        return hub.Clients.Group(liveEvent.Stream).Event(LiveEventMessage.From(liveEvent));
    }

    public Task RevokeAsync(Subscription subscription) => hub.Groups.RemoveFromGroupAsync(subscription.ConnectionId, subscription.Stream);
}
