namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.ThreadRef")]
public sealed record ThreadRef([property: Id(0)] string ThreadId, [property: Id(1)] string Space, [property: Id(2)] string Title);
