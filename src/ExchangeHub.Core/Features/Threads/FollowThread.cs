using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record FollowThreadCommand(string ThreadId, FollowLevel Level) : ICommand<Result<Following>>, IRequireSignIn;

public sealed class FollowThreadValidator : AbstractValidator<FollowThreadCommand>
{
    public FollowThreadValidator() => RuleFor(c => c.Level).IsInEnum();
}

public sealed class FollowThreadAuthorizer(ThreadGuard guard) : IAuthorizer<FollowThreadCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(FollowThreadCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanRead);
}

public sealed class FollowThreadHandler(IGrainFactory grains, ICurrentUser user) : ICommandHandler<FollowThreadCommand, Result<Following>>
{
    public async ValueTask<Result<Following>> Handle(FollowThreadCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<ITopicThreadGrain>(command.ThreadId).FollowAsync(user.UserId ?? "", command.Level);
}
