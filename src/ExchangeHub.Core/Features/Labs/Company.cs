namespace ExchangeHub.Core.Features.Labs;

/// <summary>A company taking part in a lab; operators may put it forward to DX Selection (DXセレクション).</summary>
[GenerateSerializer, Alias("ExchangeHub.Company")]
public sealed record Company(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset? RecommendedAt = null)
{
    public bool IsRecommended => RecommendedAt is not null;
}
