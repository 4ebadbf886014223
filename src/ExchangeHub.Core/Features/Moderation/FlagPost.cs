using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Threads;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Moderation;

/// <summary>
/// Anyone signed in who may read a thread may flag one of its posts for the operators, with a reason. The post is its
/// seq or its id; with an id, the seq the client read it at (Seq) spares a search of the thread.
/// </summary>
public sealed record FlagPostCommand(string ThreadId, string PostId, string Reason, long? Seq = null) : ICommand<Result<PostFlag>>, IRequireSignIn;

public sealed class FlagPostValidator : AbstractValidator<FlagPostCommand>
{
    public const int MaxReason = 500;

    public FlagPostValidator() => RuleFor(c => c.Reason).NotEmpty()
        .WithMessage(_ => Say.Text("通報の理由を書いてください。", "Say why you are flagging this post."))
        .MaximumLength(MaxReason)
        .WithMessage(_ => Say.Text($"理由は{MaxReason}字以内で書いてください。", $"Keep the reason within {MaxReason} characters."));
}

public sealed class FlagPostAuthorizer(ThreadGuard guard) : IAuthorizer<FlagPostCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(FlagPostCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanRead);
}

public sealed class FlagPostHandler(IGrainFactory grains, ThreadGuard guard, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<FlagPostCommand, Result<PostFlag>>
{
    private const int ExcerptLength = 200;

    public async ValueTask<Result<PostFlag>> Handle(FlagPostCommand command, CancellationToken cancellationToken)
    {
        var thread = (await guard.LoadAsync(command.ThreadId)).ValueOrThrow().Thread;
        var post = await PostLocator.FindAsync(grains, command.ThreadId, command.PostId, command.Seq, thread.LastSeq);
        if (post is null)
        {
            return Problem.NotFound("投稿", "The post");
        }

        if (post.Deleted || post.Hidden)
        {
            return Problem.Conflict(Say.Text("この投稿は既に表示されていません。", "This post is no longer shown."));
        }

        var reporter = await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync();
        var excerpt = post.Body.Length > ExcerptLength ? post.Body[..ExcerptLength] + "…" : post.Body;
        return await grains.GetGrain<IModerationGrain>(0).FlagAsync(new PostFlag(
            thread.Id, post.Seq, post.Id, thread.Title, post.AuthorName, excerpt,
            [new FlagReport(user.UserId ?? "", reporter?.DisplayName ?? "", command.Reason.Trim(), clock.GetUtcNow())]));
    }
}
