using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Features.CaseStudies;

public static class CaseStudyCards
{
    public static CaseStudyCard From(CaseStudyDetails details) => new(
        details.Id, details.Fields.Title, details.Fields.Summary, details.Fields.Themes, details.Revision,
        details.CreatedAt, details.UpdatedAt, details.AuthorName);
}
