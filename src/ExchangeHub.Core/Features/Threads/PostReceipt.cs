namespace ExchangeHub.Core.Features.Threads;

/// <summary>The post a request produced; <see cref="Created"/> is false when a repeated clientId found the first one.</summary>
[GenerateSerializer, Alias("ExchangeHub.PostReceipt")]
public sealed record PostReceipt([property: Id(0)] Post Post, [property: Id(1)] bool Created);
