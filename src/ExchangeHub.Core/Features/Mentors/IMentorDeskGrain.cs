using ExchangeHub.Core.Common.Live;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>
/// The queue of waiting requests (a single grain, key 0). It routes each request to the mentors who should hear of it,
/// keeps every waiting request told its place, learns the usual wait, and owns the sequence of the mentor-desk stream.
/// </summary>
public interface IMentorDeskGrain : IGrainWithIntegerKey
{
    /// <summary>Puts a request in the queue and tells matching mentors on duty, except those excluded.</summary>
    Task<RoutingResult> EnqueueAsync(DeskEntry entry, IReadOnlyList<string> excludedMentorIds, string eventType);

    /// <summary>Takes a request out of the queue (claimed, cancelled, expired...) and says so on the desk.</summary>
    Task RemoveAsync(DeskEntry entry, string eventType);

    /// <summary>Tells a mentor who has just come on duty of the most urgent waiting requests that meet their expertise.</summary>
    Task TellOfWaitingAsync(MentorSummary mentor);

    /// <summary>Learns how long a request waited for its first answer.</summary>
    Task RecordWaitAsync(TimeSpan waited);

    [ReadOnly]
    Task<DeskView> GetAsync();

    /// <summary>Waiting requests that no mentor could be told of.</summary>
    [ReadOnly]
    Task<IReadOnlyList<DeskEntry>> ListUnservedAsync();

    /// <summary>Seconds from opening to first answer of the latest answered requests, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<long>> ListRecentWaitsAsync();

    [ReadOnly]
    Task<IReadOnlyList<LiveEvent>> GetEventsAfterAsync(long afterSeq);
}
