using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A mentor opened a waiting request, so its lab sees that a mentor has looked at it.</summary>
public sealed record MarkMentorRequestSeenCommand(string RequestId) : ICommand<Result<MentorRequestView>>, IRequireSignIn;

public sealed class MarkMentorRequestSeenAuthorizer(MentorRequestGuard guard) : IAuthorizer<MarkMentorRequestSeenCommand>
{
    public ValueTask<Problem?> AuthorizeAsync(MarkMentorRequestSeenCommand message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.RequestId, g => g.Rights.IsMentor && g.Rights.CanRead(g.Request), () => MentorGuard.NotAMentor().Detail);
}

public sealed class MarkMentorRequestSeenHandler(IGrainFactory grains, MentorRequestGuard guard, ICurrentUser user)
    : ICommandHandler<MarkMentorRequestSeenCommand, Result<MentorRequestView>>
{
    public async ValueTask<Result<MentorRequestView>> Handle(MarkMentorRequestSeenCommand command, CancellationToken cancellationToken)
    {
        var guarded = (await guard.LoadAsync(command.RequestId)).ValueOrThrow();

        // A mentor who is also in the requesting lab is looking at their own lab's request, not answering the call.
        return guarded.Rights.IsRequester
            ? guarded.Request
            : await grains.GetGrain<IMentorRequestGrain>(command.RequestId).MarkSeenAsync(user.UserId ?? "");
    }
}
