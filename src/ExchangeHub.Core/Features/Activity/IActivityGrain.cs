using ExchangeHub.Core.Common.Live;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Activity;

/// <summary>
/// The programme-wide activity feed (a single grain, key 0): the last items and monthly counts, and the sequence of
/// the public activity stream. Callers hand it only public items (see <see cref="ActivityItem"/>).
/// </summary>
public interface IActivityGrain : IGrainWithIntegerKey
{
    Task RecordAsync(ActivityItem item);

    [ReadOnly]
    Task<ActivityView> GetAsync();

    [ReadOnly]
    Task<IReadOnlyList<LiveEvent>> GetEventsAfterAsync(long afterSeq);
}
