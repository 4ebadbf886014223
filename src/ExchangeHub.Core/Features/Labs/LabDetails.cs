namespace ExchangeHub.Core.Features.Labs;

[GenerateSerializer, Alias("ExchangeHub.LabDetails")]
public sealed record LabDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] LabFields Fields,
    [property: Id(2)] string VisionHtml,
    [property: Id(3)] IReadOnlyList<LabMember> Members,
    [property: Id(4)] IReadOnlyList<CaseStudyCard> CaseStudies,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] long LastSeq,
    [property: Id(7)] string Status = LabStatuses.Approved,
    [property: Id(8)] IReadOnlyList<Company>? Companies = null,
    [property: Id(9)] IReadOnlyList<KpiReading>? KpiHistory = null,
    [property: Id(10)] DateTimeOffset? MovedToDxAt = null)
{
    public string? RoleOf(string? userId) => Members.FirstOrDefault(m => m.UserId == userId)?.Role;
}
