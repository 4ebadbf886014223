using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Live;

public sealed record CanSeeStreamQuery(string Stream) : IQuery<Result<Done>>;

public sealed class CanSeeStreamAuthorizer(StreamAccess streams) : IAuthorizer<CanSeeStreamQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(CanSeeStreamQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        streams.CheckAsync(message.Stream, user);
}

public sealed class CanSeeStreamHandler : IQueryHandler<CanSeeStreamQuery, Result<Done>>
{
    public ValueTask<Result<Done>> Handle(CanSeeStreamQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Result<Done>.Ok(Done.Value));
}
