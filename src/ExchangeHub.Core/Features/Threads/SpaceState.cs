namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.SpaceState")]
public sealed record SpaceState
{
    [Id(0)]
    public Dictionary<string, ThreadSummary> Threads { get; set; } = [];
}
