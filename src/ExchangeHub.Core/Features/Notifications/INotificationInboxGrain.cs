using ExchangeHub.Core.Common.Live;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Notifications;

/// <summary>One person's notifications (keyed by user id); owns the sequence of their user:{id} stream.</summary>
public interface INotificationInboxGrain : IGrainWithStringKey
{
    [OneWay]
    Task AddAsync(NewNotification notification);

    /// <summary>Marks the given notifications read, or all of them when <paramref name="ids"/> is empty.</summary>
    Task<InboxView> MarkReadAsync(IReadOnlyList<string> ids);

    [ReadOnly]
    Task<InboxView> GetAsync(int limit);

    [ReadOnly]
    Task<IReadOnlyList<LiveEvent>> GetEventsAfterAsync(long afterSeq);
}
