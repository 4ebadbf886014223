using ExchangeHub.Core.Features.CaseStudies;

namespace ExchangeHub.Web.Endpoints;

public sealed record CaseStudyResponse(
    string Id, string LabId, string Title, string Summary, string Body, string Html, IReadOnlyList<string> Themes, int Revision,
    string ThreadId, string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<RevisionInfo> Revisions)
{
    public static CaseStudyResponse From(CaseStudyDetails details) => new(
        details.Id, details.LabId, details.Fields.Title, details.Fields.Summary, details.Fields.Body, details.Html,
        details.Fields.Themes, details.Revision, details.ThreadId, details.AuthorName, details.CreatedAt, details.UpdatedAt,
        details.Revisions);
}
