using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record ReactToPostCommand(string ThreadId, long Seq, string Emoji, bool Add) : ICommand<Result<Post>>, IRequireSignIn;

public sealed class ReactToPostValidator : AbstractValidator<ReactToPostCommand>
{
    public ReactToPostValidator() => RuleFor(c => c.Emoji).NotEmpty().Must(e => Reaction.Allowed.Contains(e))
        .WithMessage(_ => Say.Text("使えるリアクションは " + string.Join(" ", Reaction.Allowed) + " です。",
            "Reactions are " + string.Join(" ", Reaction.Allowed) + "."));
}

public sealed class ReactToPostAuthorizer(ThreadGuard guard) : IAuthorizer<ReactToPostCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(ReactToPostCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanPost);
}

public sealed class ReactToPostHandler(IGrainFactory grains, ICurrentUser user) : ICommandHandler<ReactToPostCommand, Result<Post>>
{
    public async ValueTask<Result<Post>> Handle(ReactToPostCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<ITopicThreadGrain>(command.ThreadId).ReactAsync(command.Seq, user.UserId ?? "", command.Emoji, command.Add);
}
