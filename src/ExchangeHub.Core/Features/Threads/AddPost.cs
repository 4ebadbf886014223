using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Metrics;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Search;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record AddPostCommand(string ThreadId, string Body, long? ReplyTo, string? ClientId)
    : ICommand<Result<PostReceipt>>, IRequireSignIn;

public sealed class AddPostValidator : AbstractValidator<AddPostCommand>
{
    public AddPostValidator()
    {
        RuleFor(c => c.Body).ValidPostBody();
        RuleFor(c => c.ReplyTo).GreaterThan(0).When(c => c.ReplyTo is not null);
        RuleFor(c => c.ClientId).MaximumLength(100);
    }
}

public sealed class AddPostAuthorizer(ThreadGuard guard) : IAuthorizer<AddPostCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(AddPostCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanPost);
}

public sealed class AddPostHandler(
    IGrainFactory grains, ThreadGuard guard, PersonNames names, IMarkdownRenderer markdown, Mentions mentions, ICurrentUser currentUser,
    IPublisher publisher, HubMetrics metrics)
    : ICommandHandler<AddPostCommand, Result<PostReceipt>>
{
    public async ValueTask<Result<PostReceipt>> Handle(AddPostCommand command, CancellationToken cancellationToken)
    {
        var thread = (await guard.PlaceAsync(command.ThreadId)).ValueOrThrow().Thread;
        if (currentUser.UserId is not { } authorId || await names.FindAsync(authorId) is not { } authorName)
        {
            return Problem.Unauthenticated();
        }

        var mentioned = await mentions.ResolveAsync(command.Body, thread.Space);
        var clientId = string.IsNullOrWhiteSpace(command.ClientId) ? null : $"{authorId}/{command.ClientId}";
        var post = new NewPost(authorId, authorName, command.Body, markdown.ToSafeHtml(mentioned.Markdown),
            command.ReplyTo, clientId, mentioned.UserIds);
        var added = await grains.GetGrain<ITopicThreadGrain>(command.ThreadId).AddPostAsync(post);
        if (added is { IsSuccess: true, Value.Created: true })
        {
            metrics.PostCreated("thread_post");
            await publisher.Publish(new PostAdded(thread, added.ValueOrThrow().Post), cancellationToken);
        }

        if (added.Value is { Created: true, Post.Seq: 1 })
        {
            // A case study's discussion becomes findable with its opening post.
            SearchIndexing.Thread(grains, (await guard.LoadAsync(command.ThreadId)).ValueOrThrow().Thread, command.Body);
        }

        return added;
    }
}
