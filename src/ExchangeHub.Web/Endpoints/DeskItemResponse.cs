using ExchangeHub.Core.Features.Mentors;

namespace ExchangeHub.Web.Endpoints;

/// <summary>A waiting request on the desk, with how many of its themes meet the calling mentor's expertise.</summary>
public sealed record DeskItemResponse(
    string Id, string LabId, string LabName, string Title, string Excerpt, IReadOnlyList<string> Themes, string Urgency,
    DateTimeOffset OpenedAt, string Status, int Position, int MentorsTold, IReadOnlyList<string> UnservedThemes, int Matches, string Url)
{
    public static DeskItemResponse From(DeskEntry entry, IReadOnlyList<string> expertise) => new(entry.RequestId, entry.LabId,
        entry.LabName, entry.Title, entry.Excerpt, entry.Themes, entry.Urgency, entry.OpenedAt, entry.Status, entry.Position,
        entry.MentorsTold, entry.UnservedThemes ?? [], MentorMatching.Overlap(expertise, entry.Themes), entry.Url);
}
