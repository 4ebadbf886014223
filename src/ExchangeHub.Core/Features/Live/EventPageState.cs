using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Features.Live;

/// <summary>A page written whole, as pages were before each append became a record of its own; read, never written.</summary>
[GenerateSerializer, Alias("ExchangeHub.EventPageState")]
public sealed record EventPageState
{
    [Id(0)]
    public List<LiveEvent> Events { get; set; } = [];
}
