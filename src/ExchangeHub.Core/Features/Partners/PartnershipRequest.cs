namespace ExchangeHub.Core.Features.Partners;

/// <summary>
/// One lab's request to another to work together. <see cref="ConsortiumId"/> names a consortium the asking lab leads
/// and wants the other to join; without it, accepting founds a new one (<see cref="ResultConsortiumId"/>).
/// </summary>
[GenerateSerializer, Alias("ExchangeHub.PartnershipRequest")]
public sealed record PartnershipRequest(
    [property: Id(0)] string Id,
    [property: Id(1)] string FromLabId,
    [property: Id(2)] string FromLabName,
    [property: Id(3)] string ToLabId,
    [property: Id(4)] string ToLabName,
    [property: Id(5)] string Message,
    [property: Id(6)] string? ConsortiumId,
    [property: Id(7)] string RequestedById,
    [property: Id(8)] string RequestedByName,
    [property: Id(9)] string Status,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset? AnsweredAt = null,
    [property: Id(12)] string? AnsweredByName = null,
    [property: Id(13)] string? ResultConsortiumId = null)
{
    public bool IsPending => Status == PartnershipStatus.Pending;

    public bool Concerns(string labId) => FromLabId == labId || ToLabId == labId;

    public bool Between(string oneLabId, string otherLabId) => Concerns(oneLabId) && Concerns(otherLabId);
}
