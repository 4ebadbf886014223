namespace ExchangeHub.Core.Features.Mentors;

/// <summary>One step of a request's life as its page shows it: what happened, when, and who did it.</summary>
[GenerateSerializer, Alias("ExchangeHub.TimelineEntry")]
public sealed record TimelineEntry(
    [property: Id(0)] string Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? ActorName);
