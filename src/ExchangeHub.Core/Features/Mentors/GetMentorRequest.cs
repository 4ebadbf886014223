using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

public sealed record GetMentorRequestQuery(string RequestId) : IQuery<Result<GuardedMentorRequest>>;

public sealed class GetMentorRequestAuthorizer(MentorRequestGuard guard) : IAuthorizer<GetMentorRequestQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetMentorRequestQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.RequestId, g => g.Rights.CanRead(g.Request), MentorRequestGuard.NotVisible);
}

public sealed class GetMentorRequestHandler(MentorRequestGuard guard) : IQueryHandler<GetMentorRequestQuery, Result<GuardedMentorRequest>>
{
    public async ValueTask<Result<GuardedMentorRequest>> Handle(GetMentorRequestQuery query, CancellationToken cancellationToken) =>
        await guard.LoadAsync(query.RequestId);
}
