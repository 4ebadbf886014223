namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A mentor request as its page and the API show it; also the data of every event on its stream.</summary>
[GenerateSerializer, Alias("ExchangeHub.MentorRequestView")]
public sealed record MentorRequestView(
    [property: Id(0)] string Id,
    [property: Id(1)] string LabId,
    [property: Id(2)] string LabName,
    [property: Id(3)] string Title,
    [property: Id(4)] string Excerpt,
    [property: Id(5)] IReadOnlyList<string> Themes,
    [property: Id(6)] string Urgency,
    [property: Id(7)] string Status,
    [property: Id(8)] string RequesterId,
    [property: Id(9)] string RequesterName,
    [property: Id(10)] string ThreadId,
    [property: Id(11)] string? MentorId,
    [property: Id(12)] string? MentorName,
    [property: Id(13)] DateTimeOffset OpenedAt,
    [property: Id(14)] DateTimeOffset? ClaimedAt,
    [property: Id(15)] DateTimeOffset? FirstAnswerAt,
    [property: Id(16)] DateTimeOffset? ClosedAt,
    [property: Id(17)] DateTimeOffset? ClaimExpiresAt,
    [property: Id(18)] int? Rating,
    [property: Id(19)] string? Comment,
    [property: Id(20)] int? Position,
    [property: Id(21)] long? ExpectedWaitSeconds,
    [property: Id(22)] int SeenCount,
    [property: Id(23)] int MentorsTold,
    [property: Id(24)] IReadOnlyList<string> UnservedThemes,
    [property: Id(25)] IReadOnlyList<TimelineEntry> Timeline,
    [property: Id(26)] long LastSeq);
