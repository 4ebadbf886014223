using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

// Connections live only as long as the process, so this is memory, kept while any subscription is open.
[KeepAlive]
public sealed class UserSubscriptionsGrain : Grain, IUserSubscriptionsGrain
{
    private readonly List<Subscription> _subscriptions = [];

    public Task AddAsync(Subscription subscription)
    {
        if (!_subscriptions.Contains(subscription))
        {
            _subscriptions.Add(subscription);
        }

        return Task.CompletedTask;
    }

    public Task RemoveAsync(string connectionId, string? stream)
    {
        _subscriptions.RemoveAll(s => s.ConnectionId == connectionId && (stream is null || s.Stream == stream));
        ForgetWhenEmpty();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Subscription>> TakeSpaceAsync(string space)
    {
        var taken = _subscriptions.Where(s => s.Space == space).ToList();
        _subscriptions.RemoveAll(s => s.Space == space);
        ForgetWhenEmpty();
        return Task.FromResult<IReadOnlyList<Subscription>>(taken);
    }

    private void ForgetWhenEmpty()
    {
        if (_subscriptions.Count == 0)
        {
            DeactivateOnIdle();
        }
    }
}
