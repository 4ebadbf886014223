using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

[GenerateSerializer, Alias("ExchangeHub.EventPageState")]
public sealed record EventPageState
{
    [Id(0)]
    public List<LiveEvent> Events { get; set; } = [];
}
