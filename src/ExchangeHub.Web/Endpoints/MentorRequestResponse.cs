using ExchangeHub.Core.Features.Mentors;

namespace ExchangeHub.Web.Endpoints;

/// <summary>A mentor request with what the caller may do with it.</summary>
public sealed record MentorRequestResponse(
    string Id, string LabId, string LabName, string Title, string Excerpt, IReadOnlyList<string> Themes, string Urgency, string Status,
    string RequesterId, string RequesterName, string ThreadId, string? MentorId, string? MentorName, DateTimeOffset OpenedAt,
    DateTimeOffset? ClaimedAt, DateTimeOffset? FirstAnswerAt, DateTimeOffset? ClosedAt, DateTimeOffset? ClaimExpiresAt, int? Rating,
    string? Comment, int? Position, long? ExpectedWaitSeconds, int SeenCount, int MentorsTold, IReadOnlyList<string> UnservedThemes,
    IReadOnlyList<TimelineEntry> Timeline, long LastSeq, string Stream, bool CanClaim, bool CanReadThread, bool CanResolve, bool CanCancel)
{
    public static MentorRequestResponse From(MentorRequestView r, MentorRequestRights? rights = null) => new(r.Id, r.LabId, r.LabName,
        r.Title, r.Excerpt, r.Themes, r.Urgency, r.Status, r.RequesterId, r.RequesterName, r.ThreadId, r.MentorId, r.MentorName,
        r.OpenedAt, r.ClaimedAt, r.FirstAnswerAt, r.ClosedAt, r.ClaimExpiresAt, r.Rating, r.Comment, r.Position, r.ExpectedWaitSeconds,
        r.SeenCount, r.MentorsTold, r.UnservedThemes, r.Timeline, r.LastSeq, Core.Common.Live.StreamNames.MentorRequest(r.Id),
        rights is { IsMentor: true } && MentorRequestStatus.IsWaiting(r.Status),
        rights?.CanReadThread ?? false,
        rights is { CanResolve: true } && !MentorRequestStatus.IsClosed(r.Status),
        rights is { CanCancel: true } && !MentorRequestStatus.IsClosed(r.Status) && r.Status != MentorRequestStatus.Answered);

    public static MentorRequestResponse From(GuardedMentorRequest guarded) => From(guarded.Request, guarded.Rights);
}
