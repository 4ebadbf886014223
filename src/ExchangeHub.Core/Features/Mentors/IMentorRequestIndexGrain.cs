using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>
/// The requests of one lab ("lab:{labId}") or of one mentor ("mentor:{userId}") as summaries, so "my requests" is one
/// call per list. Each request keeps its summaries up to date.
/// </summary>
public interface IMentorRequestIndexGrain : IGrainWithStringKey
{
    Task UpsertAsync(MentorRequestSummary summary);

    Task RemoveAsync(string requestId);

    /// <summary>Newest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<MentorRequestSummary>> ListAsync();

    public static string OfLab(string labId) => "lab:" + labId;

    public static string OfMentor(string userId) => "mentor:" + userId;
}
