namespace ExchangeHub.Core.Features.Notifications;

[GenerateSerializer, Alias("ExchangeHub.NewNotification")]
public sealed record NewNotification(
    [property: Id(0)] string Kind,
    [property: Id(1)] string ThreadId,
    [property: Id(2)] string ThreadTitle,
    [property: Id(3)] long PostSeq,
    [property: Id(4)] string ActorName,
    [property: Id(5)] string Excerpt,
    [property: Id(6)] string? Link = null);
