using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Search;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record EditPostCommand(string ThreadId, long Seq, string Body) : ICommand<Result<Post>>, IRequireSignIn;

public sealed class EditPostValidator : AbstractValidator<EditPostCommand>
{
    public EditPostValidator() => RuleFor(c => c.Body).ValidPostBody();
}

public sealed class EditPostAuthorizer(ThreadGuard guard) : IAuthorizer<EditPostCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(EditPostCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanPost || rights.CanModerate);
}

public sealed class EditPostHandler(IGrainFactory grains, ThreadGuard guard, IMarkdownRenderer markdown, Mentions mentions, ICurrentUser user)
    : ICommandHandler<EditPostCommand, Result<Post>>
{
    public async ValueTask<Result<Post>> Handle(EditPostCommand command, CancellationToken cancellationToken)
    {
        var guarded = (await guard.LoadAsync(command.ThreadId)).ValueOrThrow();
        var mentioned = await mentions.ResolveAsync(command.Body, guarded.Thread.Space);
        var edited = await grains.GetGrain<ITopicThreadGrain>(command.ThreadId).EditPostAsync(
            command.Seq, user.UserId ?? "", guarded.Rights.CanModerate, command.Body, markdown.ToSafeHtml(mentioned.Markdown));
        if (edited.IsSuccess && command.Seq == 1)
        {
            SearchIndexing.Thread(grains, guarded.Thread, command.Body);
        }

        return edited;
    }
}
