namespace ExchangeHub.Core.Features.Labs;

/// <summary>
/// A lab as the directory lists it, with what partner recommendations weigh (needs and offers); those two are null
/// in summaries stored before they were added, until the lab is next saved.
/// </summary>
[GenerateSerializer, Alias("ExchangeHub.LabSummary")]
public sealed record LabSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Prefecture,
    [property: Id(3)] string Municipality,
    [property: Id(4)] string Programme,
    [property: Id(5)] IReadOnlyList<string> Themes,
    [property: Id(6)] int MemberCount,
    [property: Id(7)] int CaseStudyCount,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] IReadOnlyList<string>? Needs = null,
    [property: Id(10)] IReadOnlyList<string>? Offers = null,
    [property: Id(11)] string? Status = null,
    [property: Id(12)] DateTimeOffset? CreatedAt = null,
    [property: Id(13)] int RecommendedCompanies = 0)
{
    public bool IsPending => Status == LabStatuses.Pending;
}
