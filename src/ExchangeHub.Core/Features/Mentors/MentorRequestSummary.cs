namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A request as "my requests" lists it, for the requesting lab and for the mentor who claimed it.</summary>
[GenerateSerializer, Alias("ExchangeHub.MentorRequestSummary")]
public sealed record MentorRequestSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string LabId,
    [property: Id(2)] string LabName,
    [property: Id(3)] string Title,
    [property: Id(4)] IReadOnlyList<string> Themes,
    [property: Id(5)] string Urgency,
    [property: Id(6)] string Status,
    [property: Id(7)] string? MentorName,
    [property: Id(8)] DateTimeOffset OpenedAt,
    [property: Id(9)] DateTimeOffset UpdatedAt)
{
    public static MentorRequestSummary From(MentorRequestView view, DateTimeOffset updatedAt) => new(view.Id, view.LabId, view.LabName,
        view.Title, view.Themes, view.Urgency, view.Status, view.MentorName, view.OpenedAt, updatedAt);
}
