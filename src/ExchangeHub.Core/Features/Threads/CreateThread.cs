using ExchangeHub.Core.Common.Markdown;
using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Search;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

public sealed record CreateThreadCommand(string Space, string Title, string Body) : ICommand<Result<ThreadView>>, IRequireSignIn;

public sealed class CreateThreadValidator : AbstractValidator<CreateThreadCommand>
{
    public CreateThreadValidator()
    {
        RuleFor(c => c.Space).NotEmpty().Must(Spaces.IsWellFormed)
            .WithMessage(_ => Say.Text("スペースは public、lab:{id}、consortium:{id} のいずれかです。", "Space is public, lab:{id} or consortium:{id}."));
        RuleFor(c => c.Title).NotEmpty().MaximumLength(150);
        RuleFor(c => c.Body).ValidPostBody();
    }
}

public sealed class CreateThreadAuthorizer(SpaceAccess spaces) : IAuthorizer<CreateThreadCommand>
{
    public async ValueTask<Problem?> AuthorizeAsync(CreateThreadCommand message, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!Spaces.IsWellFormed(message.Space))
        {
            return null;
        }

        var rights = await spaces.RightsAsync(message.Space, user);
        return rights.IsSuccess ? SpaceAccess.Require(rights.ValueOrThrow().CanPost, user) : rights.Problem;
    }
}

public sealed class CreateThreadHandler(IGrainFactory grains, IMarkdownRenderer markdown, Mentions mentions, ICurrentUser currentUser)
    : ICommandHandler<CreateThreadCommand, Result<ThreadView>>
{
    public async ValueTask<Result<ThreadView>> Handle(CreateThreadCommand command, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IUserGrain>(currentUser.UserId ?? "").GetAsync() is not { } author)
        {
            return Problem.Unauthenticated();
        }

        var mentioned = await mentions.ResolveAsync(command.Body, command.Space);
        var first = new NewPost(author.Id, author.DisplayName, command.Body, markdown.ToSafeHtml(mentioned.Markdown), null, null, mentioned.UserIds);
        var thread = new NewThread(command.Space, command.Title.Trim(), author.Id, author.DisplayName, first);
        var created = await grains.GetGrain<ITopicThreadGrain>(Common.Ids.New()).CreateAsync(thread);
        if (created.IsSuccess)
        {
            SearchIndexing.Thread(grains, created.ValueOrThrow(), command.Body);
        }

        return created;
    }
}
