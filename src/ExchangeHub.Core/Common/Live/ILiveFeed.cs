namespace ExchangeHub.Core.Common.Live;

/// <summary>Pushes an event to everyone subscribed to its stream. Grains publish through this and never see SignalR.</summary>
public interface ILiveFeed
{
    Task PublishAsync(LiveEvent liveEvent);

    /// <summary>Stops a connection's subscription at once, on whichever node the connection is.</summary>
    Task RevokeAsync(Subscription subscription);
}
