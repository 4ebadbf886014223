using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

/// <summary>
/// The live subscriptions of one person's connections to streams inside spaces (keyed by user id), on every node, so
/// that losing access to a space can cut them off at once.
/// </summary>
public interface IUserSubscriptionsGrain : IGrainWithStringKey
{
    Task AddAsync(Subscription subscription);

    Task RemoveAsync(string connectionId, string? stream);

    /// <summary>Removes and answers every subscription to streams of the space.</summary>
    Task<IReadOnlyList<Subscription>> TakeSpaceAsync(string space);
}
