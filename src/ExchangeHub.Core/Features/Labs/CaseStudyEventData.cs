namespace ExchangeHub.Core.Features.Labs;

/// <summary>The data of casestudy.published and casestudy.revised events: enough to show the card without a request.</summary>
public sealed record CaseStudyEventData(
    string Id, string LabId, string Title, string Summary, IReadOnlyList<string> Themes, int Revision,
    string AuthorName, DateTimeOffset PublishedAt, string Url)
{
    public static CaseStudyEventData From(string labId, CaseStudyCard card) => new(
        card.Id, labId, card.Title, card.Summary, card.Themes, card.Revision, card.AuthorName, card.PublishedAt,
        $"/case-studies/{card.Id}");
}
