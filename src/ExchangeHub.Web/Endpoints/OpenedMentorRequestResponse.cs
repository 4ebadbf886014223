using ExchangeHub.Core.Features.Mentors;

namespace ExchangeHub.Web.Endpoints;

/// <summary>
/// The answer to opening a request: the request as opened (status "open"), how many mentors on duty were told, the themes
/// no mentor on duty covers (empty when all are covered), and its place in the queue.
/// </summary>
public sealed record OpenedMentorRequestResponse(
    string Id, string ThreadId, string Status, string LabId, string Title, IReadOnlyList<string> Themes, string Urgency,
    DateTimeOffset OpenedAt, int MentorsTold, IReadOnlyList<string> UnservedThemes, int Position, long? ExpectedWaitSeconds, string Stream)
{
    public static OpenedMentorRequestResponse From(OpenedMentorRequest opened)
    {
        var (r, routing) = (opened.Request, opened.Routing);
        return new(r.Id, r.ThreadId, r.Status, r.LabId, r.Title, r.Themes, r.Urgency, r.OpenedAt, routing.MentorsTold,
            routing.UnservedThemes, routing.Position, routing.ExpectedWaitSeconds, Core.Common.Live.StreamNames.MentorRequest(r.Id));
    }
}
