namespace ExchangeHub.Core.Features.CaseStudies;

[GenerateSerializer, Alias("ExchangeHub.CaseStudyDetails")]
public sealed record CaseStudyDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] string LabId,
    [property: Id(2)] CaseStudyFields Fields,
    [property: Id(3)] string Html,
    [property: Id(4)] int Revision,
    [property: Id(5)] string ThreadId,
    [property: Id(6)] string AuthorName,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] IReadOnlyList<RevisionInfo> Revisions);
