namespace ExchangeHub.Core.Features.Moderation;

/// <summary>One person's report of a post, with the reason they gave.</summary>
[GenerateSerializer, Alias("ExchangeHub.FlagReport")]
public sealed record FlagReport(
    [property: Id(0)] string UserId,
    [property: Id(1)] string UserName,
    [property: Id(2)] string Reason,
    [property: Id(3)] DateTimeOffset At);
