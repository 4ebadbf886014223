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
    [property: Id(8)] bool Read,
    [property: Id(9)] string? Link = null)
{
    /// <summary>Where the notification leads: its own link when it has one (a mentor request), else the post.</summary>
    public string Url => Link ?? $"/threads/{ThreadId}#post-{PostSeq}";
}
