using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using Mediator;

namespace ExchangeHub.Core.Features.Moderation;

/// <summary>An operator decides a flagged post may stay; the flag leaves the queue.</summary>
public sealed record DismissFlagCommand(string ThreadId, long Seq) : ICommand<Result<PostFlag>>, IRequireOperator;

public sealed class DismissFlagHandler(IGrainFactory grains) : ICommandHandler<DismissFlagCommand, Result<PostFlag>>
{
    public async ValueTask<Result<PostFlag>> Handle(DismissFlagCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<IModerationGrain>(0).CloseAsync(command.ThreadId, command.Seq) is { } flag
            ? flag
            : Problem.NotFound("通報", "The flag");
}
