using System.Collections.Concurrent;
using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Tests.Support;

/// <summary>Stands in for SignalR at the edge of the silo: keeps what grains published.</summary>
public sealed class RecordingLiveFeed : ILiveFeed
{
    public ConcurrentQueue<LiveEvent> Published { get; } = new();

    public ConcurrentQueue<Subscription> Revoked { get; } = new();

    private readonly List<(Func<LiveEvent, bool> Match, TaskCompletionSource<LiveEvent> Found)> _waiting = [];

    public Task PublishAsync(LiveEvent liveEvent)
    {
        Published.Enqueue(liveEvent);
        lock (_waiting)
        {
            foreach (var waiter in _waiting.Where(w => w.Match(liveEvent)).ToList())
            {
                waiter.Found.TrySetResult(liveEvent);
                _waiting.Remove(waiter);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The first event published, before or after this call, that matches; fails after <paramref name="timeout"/>.</summary>
    public Task<LiveEvent> WaitForAsync(Func<LiveEvent, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<LiveEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiting)
        {
            if (Published.FirstOrDefault(match) is { } already)
            {
                return Task.FromResult(already);
            }

            _waiting.Add((match, found));
        }

        return found.Task.WaitAsync(timeout);
    }

    public Task RevokeAsync(Subscription subscription)
    {
        Revoked.Enqueue(subscription);
        return Task.CompletedTask;
    }
}
