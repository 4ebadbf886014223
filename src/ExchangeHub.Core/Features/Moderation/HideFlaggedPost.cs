using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Search;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Core.Features.Moderation;

/// <summary>An operator hides a post (flagged or not); its flag, if any, leaves the queue.</summary>
public sealed record HidePostCommand(string ThreadId, long Seq) : ICommand<Result<Post>>, IRequireOperator;

public sealed class HidePostHandler(IGrainFactory grains) : ICommandHandler<HidePostCommand, Result<Post>>
{
    public async ValueTask<Result<Post>> Handle(HidePostCommand command, CancellationToken cancellationToken)
    {
        var thread = grains.GetGrain<ITopicThreadGrain>(command.ThreadId);
        var hidden = await thread.HidePostAsync(command.Seq);
        if (hidden.IsSuccess || hidden.Problem?.Kind == ProblemKind.Conflict)
        {
            await grains.GetGrain<IModerationGrain>(0).CloseAsync(command.ThreadId, command.Seq);
        }

        if (hidden.IsSuccess && command.Seq == 1 && await thread.GetAsync() is { } view)
        {
            // The opening post is what search shows of a thread; drop its text from the index.
            SearchIndexing.Thread(grains, view, null);
        }

        return hidden;
    }
}
