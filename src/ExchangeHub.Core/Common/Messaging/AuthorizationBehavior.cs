using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Common.Messaging;

/// <summary>Refuses a message before its handler runs when the sender is not signed in or not allowed.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(
    ICurrentUser user, IEnumerable<IAuthorizer<TMessage>> authorizers)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IFailable<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IRequireSignIn && !user.IsAuthenticated)
        {
            return TResponse.Fail(Problem.Unauthenticated());
        }

        if (message is IRequireOperator && !user.IsInRole(Roles.Operator))
        {
            return TResponse.Fail(Problem.Forbidden(Text.Say.Text("運営者だけができる操作です。", "Only operators of the programme office may do this.")));
        }

        foreach (var authorizer in authorizers)
        {
            if (await authorizer.AuthorizeAsync(message, user, cancellationToken) is { } problem)
            {
                return TResponse.Fail(problem);
            }
        }

        return await next(message, cancellationToken);
    }
}
