using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;

namespace ExchangeHub.Core.Common.Messaging;

/// <summary>Decides whether the current user may send a message; null means allowed.</summary>
public interface IAuthorizer<in TMessage>
{
    ValueTask<Problem?> AuthorizeAsync(TMessage message, ICurrentUser user, CancellationToken cancellationToken);
}
