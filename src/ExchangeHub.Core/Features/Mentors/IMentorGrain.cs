using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>
/// One person's mentor profile, keyed by user id: expertise, bio, duty, capacity, the requests they hold and the
/// statistics of their answers. A person is a mentor once this grain has a profile; sign-in roles are not consulted.
/// </summary>
public interface IMentorGrain : IGrainWithStringKey
{
    Task<MentorProfile> SaveAsync(string displayName, MentorProfileFields fields, string bioHtml);

    /// <summary>The profile, or null when the person is not a mentor.</summary>
    [ReadOnly]
    Task<MentorProfile?> GetAsync();

    /// <summary>Takes one of the mentor's slots for a request; refused when they hold as many as their capacity.</summary>
    Task<Result<MentorProfile>> TakeAsync(string requestId);

    Task ReleaseAsync(string requestId);

    /// <summary>Counts a first answer and frees the request's slot.</summary>
    Task RecordAnswerAsync(string requestId, TimeSpan sinceClaim);

    Task RecordRatingAsync(int rating);
}
