using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Threads;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>
/// One mentor request, keyed by request id: its lifecycle from open to resolved, the mentor who holds it, its place in
/// the queue and its timeline. Owns the sequence of the mentor-request:{id} stream. Claims are decided here, one call
/// at a time, so of two mentors claiming at once exactly one wins.
/// </summary>
public interface IMentorRequestGrain : IGrainWithStringKey
{
    Task<Result<MentorRequestView>> OpenAsync(NewMentorRequest opened);

    /// <summary>Puts the opened request in the desk's queue, which tells matching mentors on duty.</summary>
    Task<Result<RoutingResult>> RouteAsync();

    /// <summary>The request, or null when no request has this id.</summary>
    [ReadOnly]
    Task<MentorRequestView?> GetAsync();

    Task<Result<MentorRequestView>> ClaimAsync(Viewer mentor);

    /// <summary>Learns of a post in the request's thread; the claiming mentor's first one is the first answer.</summary>
    Task NoteAnswerAsync(string authorId);

    Task<Result<MentorRequestView>> ResolveAsync(Viewer resolver, int? rating, string? comment);

    Task<Result<MentorRequestView>> CancelAsync(Viewer canceller);

    /// <summary>Records that a mentor looked at the waiting request.</summary>
    Task<Result<MentorRequestView>> MarkSeenAsync(string mentorId);

    /// <summary>The desk's word that the request's place in the queue changed.</summary>
    [OneWay]
    Task QueueMovedAsync(int position, long? expectedWaitSeconds);

    [ReadOnly]
    Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq);
}
