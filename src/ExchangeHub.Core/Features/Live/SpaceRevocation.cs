using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

/// <summary>Ends, on every node, one person's live subscriptions to the streams of a space they may no longer see.</summary>
public sealed class SpaceRevocation(IGrainFactory grains, ILiveFeed feed)
{
    public async Task RevokeAsync(string userId, string space)
    {
        var subscriptions = await grains.GetGrain<IUserSubscriptionsGrain>(userId).TakeSpaceAsync(space);
        await Task.WhenAll(subscriptions.Select(feed.RevokeAsync));
    }
}
