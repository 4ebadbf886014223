namespace ExchangeHub.Core.Features.Labs;

/// <summary>What a lab keeps about each of its case studies, so its page needs no call per case study.</summary>
[GenerateSerializer, Alias("ExchangeHub.CaseStudyCard")]
public sealed record CaseStudyCard(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Summary,
    [property: Id(3)] IReadOnlyList<string> Themes,
    [property: Id(4)] int Revision,
    [property: Id(5)] DateTimeOffset PublishedAt,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] string AuthorName);
