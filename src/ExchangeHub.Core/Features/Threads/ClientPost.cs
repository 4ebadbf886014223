namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.ClientPost")]
public sealed record ClientPost([property: Id(0)] string ClientId, [property: Id(1)] long Seq);
