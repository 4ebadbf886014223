using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

/// <summary>The events of one append to a page, stored as one record of their own under the name of their first seq.</summary>
[GenerateSerializer, Alias("ExchangeHub.EventBatch")]
public sealed record EventBatch
{
    [Id(0)]
    public List<LiveEvent> Events { get; set; } = [];
}
