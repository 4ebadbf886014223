using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>Records that the person has read a thread up to a post; answers their relation to the thread, if any.</summary>
public sealed record MarkThreadReadCommand(string ThreadId, long Seq) : ICommand<Result<Following?>>, IRequireSignIn;

public sealed class MarkThreadReadValidator : AbstractValidator<MarkThreadReadCommand>
{
    public MarkThreadReadValidator() => RuleFor(c => c.Seq).GreaterThanOrEqualTo(0);
}

public sealed class MarkThreadReadAuthorizer(ThreadGuard guard) : IAuthorizer<MarkThreadReadCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(MarkThreadReadCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.ThreadId, rights => rights.CanRead);
}

public sealed class MarkThreadReadHandler(IGrainFactory grains, ThreadGuard guard, ICurrentUser user)
    : ICommandHandler<MarkThreadReadCommand, Result<Following?>>
{
    public async ValueTask<Result<Following?>> Handle(MarkThreadReadCommand command, CancellationToken cancellationToken)
    {
        var lastSeq = (await guard.LoadAsync(command.ThreadId)).ValueOrThrow().Thread.LastSeq;
        return Result<Following?>.Ok(await grains.GetGrain<IFollowingGrain>(user.UserId ?? "")
            .MarkReadAsync(command.ThreadId, Math.Min(command.Seq, lastSeq)));
    }
}
