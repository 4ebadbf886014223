namespace ExchangeHub.Core.Features.Notifications;

[GenerateSerializer, Alias("ExchangeHub.InboxState")]
public sealed record InboxState
{
    /// <summary>Newest first, at most <see cref="NotificationInboxGrain.Capacity"/>: an inbox is for what is recent.</summary>
    [Id(0)]
    public List<Notification> Items { get; set; } = [];

    [Id(1)]
    public long LastSeq { get; set; }
}
