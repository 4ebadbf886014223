using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>
/// Every mentor as a summary (a single grain, key 0), so that the directory page and routing a request read them in
/// one call; the programme has dozens of mentors, so the state stays small.
/// </summary>
public interface IMentorDirectoryGrain : IGrainWithIntegerKey
{
    Task UpsertAsync(MentorSummary summary);

    /// <summary>Mentors on duty first, then by name.</summary>
    [ReadOnly]
    Task<IReadOnlyList<MentorSummary>> ListAsync();
}
