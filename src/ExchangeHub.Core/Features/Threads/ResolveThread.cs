using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>Marks a thread resolved, optionally with the post that answered it; <see cref="Reopen"/> undoes that.</summary>
public sealed record ResolveThreadCommand(string ThreadId, long? AcceptedSeq, bool Reopen = false)
    : ICommand<Result<ThreadView>>, IRequireSignIn;

public sealed class ResolveThreadAuthorizer(ThreadGuard guard) : IAuthorizer<ResolveThreadCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(ResolveThreadCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanPost || rights.CanModerate);
}

public sealed class ResolveThreadHandler(IGrainFactory grains, ThreadGuard guard, ICurrentUser user)
    : ICommandHandler<ResolveThreadCommand, Result<ThreadView>>
{
    public async ValueTask<Result<ThreadView>> Handle(ResolveThreadCommand command, CancellationToken cancellationToken)
    {
        var moderator = (await guard.LoadAsync(command.ThreadId)).ValueOrThrow().Rights.CanModerate;
        var thread = grains.GetGrain<ITopicThreadGrain>(command.ThreadId);
        return command.Reopen
            ? await thread.ReopenAsync(user.UserId ?? "", moderator)
            : await thread.ResolveAsync(user.UserId ?? "", moderator, command.AcceptedSeq);
    }
}
