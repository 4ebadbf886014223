namespace ExchangeHub.Core.Features.Notifications;

[GenerateSerializer, Alias("ExchangeHub.InboxView")]
public sealed record InboxView(
    [property: Id(0)] IReadOnlyList<Notification> Items,
    [property: Id(1)] int UnreadCount,
    [property: Id(2)] long LastSeq);
