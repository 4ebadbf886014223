namespace ExchangeHub.Core.Common.Live;

/// <summary>One connection's subscription to one stream that belongs to a space (a lab's thread, say).</summary>
[GenerateSerializer, Alias("ExchangeHub.Subscription")]
public sealed record Subscription(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] string Stream,
    [property: Id(2)] string Space);
