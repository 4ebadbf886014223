namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.FollowingState")]
public sealed record FollowingState
{
    [Id(0)]
    public Dictionary<string, Following> Threads { get; set; } = [];
}
