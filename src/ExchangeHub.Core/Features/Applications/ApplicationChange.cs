namespace ExchangeHub.Core.Features.Applications;

/// <summary>Who changed which part of an application, and when.</summary>
[GenerateSerializer, Alias("ExchangeHub.ApplicationChange")]
public sealed record ApplicationChange(
    [property: Id(0)] string Section,
    [property: Id(1)] int Version,
    [property: Id(2)] string EditorName,
    [property: Id(3)] DateTimeOffset At);
