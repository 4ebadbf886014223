namespace ExchangeHub.Core.Features.Threads;

/// <summary>A post as it read before an edit.</summary>
[GenerateSerializer, Alias("ExchangeHub.PostVersion")]
public sealed record PostVersion(
    [property: Id(0)] int Revision,
    [property: Id(1)] string Body,
    [property: Id(2)] string Html,
    [property: Id(3)] DateTimeOffset WrittenAt);
