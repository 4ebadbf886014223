using System.Collections.Concurrent;
using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Tests.Support;

/// <summary>Stands in for SignalR at the edge of the silo: keeps what grains published.</summary>
public sealed class RecordingLiveFeed : ILiveFeed
{
    public ConcurrentQueue<LiveEvent> Published { get; } = new();

    public ConcurrentQueue<Subscription> Revoked { get; } = new();

    public Task PublishAsync(LiveEvent liveEvent)
    {
        Published.Enqueue(liveEvent);
        return Task.CompletedTask;
    }

    public Task RevokeAsync(Subscription subscription)
    {
        Revoked.Enqueue(subscription);
        return Task.CompletedTask;
    }
}
