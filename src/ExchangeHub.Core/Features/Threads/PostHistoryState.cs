namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.PostHistoryState")]
public sealed record PostHistoryState
{
    [Id(0)]
    public List<PostVersion> Versions { get; set; } = [];
}
