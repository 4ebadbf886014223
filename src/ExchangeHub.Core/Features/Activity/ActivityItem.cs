namespace ExchangeHub.Core.Features.Activity;

/// <summary>
/// One line of the programme-wide activity feed. It carries only what anyone, signed in or not, may read: the kind,
/// a public title (empty when the subject is private), the lab it concerns and a link to a public page.
/// </summary>
[GenerateSerializer, Alias("ExchangeHub.ActivityItem")]
public sealed record ActivityItem(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string LabId,
    [property: Id(3)] string LabName,
    [property: Id(4)] string Url,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] long? Seconds = null);
