namespace ExchangeHub.Core.Features.Mentors;

[GenerateSerializer, Alias("ExchangeHub.NewMentorRequest")]
public sealed record NewMentorRequest(
    [property: Id(0)] string LabId,
    [property: Id(1)] string LabName,
    [property: Id(2)] string Title,
    [property: Id(3)] string Excerpt,
    [property: Id(4)] IReadOnlyList<string> Themes,
    [property: Id(5)] string Urgency,
    [property: Id(6)] string RequesterId,
    [property: Id(7)] string RequesterName,
    [property: Id(8)] string ThreadId);
