using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Notifications;

public sealed record GetNotificationsQuery(int Limit = 50) : IQuery<Result<InboxView>>, IRequireSignIn;

public sealed class GetNotificationsHandler(IGrainFactory grains, ICurrentUser user) : IQueryHandler<GetNotificationsQuery, Result<InboxView>>
{
    public async ValueTask<Result<InboxView>> Handle(GetNotificationsQuery query, CancellationToken cancellationToken) =>
        await grains.GetGrain<INotificationInboxGrain>(user.UserId ?? "").GetAsync(query.Limit);
}
