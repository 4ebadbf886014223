using ExchangeHub.Core.Common;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Features.Live;

namespace ExchangeHub.Core.Features.Notifications;

public sealed class NotificationInboxGrain(
    [PersistentState("inbox")] IPersistentState<InboxState> inbox, EventLog events, TimeProvider clock)
    : Grain, INotificationInboxGrain
{
    public const int Capacity = 200;

    private string Stream => StreamNames.User(this.GetPrimaryKeyString());

    private int UnreadCount => inbox.State.Items.Count(n => !n.Read);

    public async Task AddAsync(NewNotification notification)
    {
        var added = new Notification(Ids.New(), notification.Kind, notification.ThreadId, notification.ThreadTitle,
            notification.PostSeq, notification.ActorName, notification.Excerpt, clock.GetUtcNow(), false, notification.Link);
        inbox.State.Items.Insert(0, added);
        if (inbox.State.Items.Count > Capacity)
        {
            inbox.State.Items.RemoveRange(Capacity, inbox.State.Items.Count - Capacity);
        }

        await PublishAsync("notification", new { notification = added, url = added.Url, unreadCount = UnreadCount });
    }

    public async Task<InboxView> MarkReadAsync(IReadOnlyList<string> ids)
    {
        for (var i = 0; i < inbox.State.Items.Count; i++)
        {
            if (!inbox.State.Items[i].Read && (ids.Count == 0 || ids.Contains(inbox.State.Items[i].Id)))
            {
                inbox.State.Items[i] = inbox.State.Items[i] with { Read = true };
            }
        }

        await PublishAsync("notification.read", new { unreadCount = UnreadCount });
        return View(Capacity);
    }

    public Task<InboxView> GetAsync(int limit) => Task.FromResult(View(limit));

    public Task<IReadOnlyList<LiveEvent>> GetEventsAfterAsync(long afterSeq) =>
        events.ReadAfterAsync(Stream, afterSeq, inbox.State.LastSeq);

    private async Task PublishAsync<T>(string type, T data)
    {
        var liveEvent = LiveEvent.Create(Stream, ++inbox.State.LastSeq, type, clock.GetUtcNow(), data);
        await events.AppendAsync(liveEvent);
        await inbox.WriteStateAsync();
        await events.PublishAsync(liveEvent);
    }

    private InboxView View(int limit) => new(inbox.State.Items.Take(Math.Clamp(limit, 1, Capacity)).ToList(), UnreadCount, inbox.State.LastSeq);
}
