namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A mentor as their profile shows them, with the statistics of their answers.</summary>
[GenerateSerializer, Alias("ExchangeHub.MentorProfile")]
public sealed record MentorProfile(
    [property: Id(0)] string UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Expertise,
    [property: Id(3)] string Bio,
    [property: Id(4)] string BioHtml,
    [property: Id(5)] IReadOnlyList<string> Languages,
    [property: Id(6)] bool OnDuty,
    [property: Id(7)] int Capacity,
    [property: Id(8)] IReadOnlyList<string> ActiveRequestIds,
    [property: Id(9)] MentorStats Stats,
    [property: Id(10)] DateTimeOffset UpdatedAt);

[GenerateSerializer, Alias("ExchangeHub.MentorStats")]
public sealed record MentorStats(
    [property: Id(0)] int AnsweredCount,
    [property: Id(1)] long? MedianFirstResponseSeconds,
    [property: Id(2)] double? AverageRating,
    [property: Id(3)] int RatingCount);
