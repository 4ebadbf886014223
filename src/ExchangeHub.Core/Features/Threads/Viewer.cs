namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.Viewer")]
public sealed record Viewer([property: Id(0)] string UserId, [property: Id(1)] string DisplayName);
