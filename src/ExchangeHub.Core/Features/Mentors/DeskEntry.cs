namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A request as the mentor desk lists it and as its events carry it.</summary>
[GenerateSerializer, Alias("ExchangeHub.DeskEntry")]
public sealed record DeskEntry(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string LabId,
    [property: Id(2)] string LabName,
    [property: Id(3)] string Title,
    [property: Id(4)] string Excerpt,
    [property: Id(5)] IReadOnlyList<string> Themes,
    [property: Id(6)] string Urgency,
    [property: Id(7)] DateTimeOffset OpenedAt,
    [property: Id(8)] string Status,
    [property: Id(9)] string? MentorName = null,
    [property: Id(10)] int MentorsTold = 0,
    [property: Id(11)] IReadOnlyList<string>? UnservedThemes = null,
    [property: Id(12)] int Position = 0)
{
    public string Url => $"/mentor-requests/{RequestId}";
}
