using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Search;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record DeletePostCommand(string ThreadId, long Seq) : ICommand<Result<Post>>, IRequireSignIn;

public sealed class DeletePostAuthorizer(ThreadGuard guard) : IAuthorizer<DeletePostCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(DeletePostCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanPost || rights.CanModerate);
}

public sealed class DeletePostHandler(IGrainFactory grains, ThreadGuard guard, ICurrentUser user) : ICommandHandler<DeletePostCommand, Result<Post>>
{
    public async ValueTask<Result<Post>> Handle(DeletePostCommand command, CancellationToken cancellationToken)
    {
        var guarded = (await guard.LoadAsync(command.ThreadId)).ValueOrThrow();
        var deleted = await grains.GetGrain<ITopicThreadGrain>(command.ThreadId).DeletePostAsync(command.Seq, user.UserId ?? "", guarded.Rights.CanModerate);
        if (deleted.IsSuccess && command.Seq == 1)
        {
            SearchIndexing.Thread(grains, guarded.Thread, null);
        }

        return deleted;
    }
}
