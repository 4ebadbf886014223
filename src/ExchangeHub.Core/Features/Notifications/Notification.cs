namespace ExchangeHub.Core.Features.Notifications;

[GenerateSerializer, Alias("ExchangeHub.Notification")]
public sealed record Notification(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string ThreadId,
    [property: Id(3)] string ThreadTitle,
    [property: Id(4)] long PostSeq,
    [property: Id(5)] string ActorName,
    [property: Id(6)] string Excerpt,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] bool Read)
{
    public string Url => $"/threads/{ThreadId}#post-{PostSeq}";
}
