using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;

namespace ExchangeHub.Core.Features.Consortia;

public sealed class ConsortiumAuthorizer<TMessage>(ConsortiumGuard guard) : IAuthorizer<TMessage>
    where TMessage : IConsortiumScoped
{
    public ValueTask<Problem?> AuthorizeAsync(TMessage message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ConsortiumId, message.Allows);
}
