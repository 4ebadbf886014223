using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>A mentor takes a waiting request; when another mentor already has it, 409.</summary>
public sealed record ClaimMentorRequestCommand(string RequestId) : ICommand<Result<MentorRequestView>>, IRequireSignIn;

public sealed class ClaimMentorRequestAuthorizer(MentorRequestGuard guard) : IAuthorizer<ClaimMentorRequestCommand>
{
    // Any mentor may try; whether the request is still free is the request grain's to decide, one claim at a time.
    public async ValueTask<Problem?> AuthorizeAsync(ClaimMentorRequestCommand message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var loaded = await guard.LoadAsync(message.RequestId);
        return !loaded.IsSuccess ? loaded.Problem
            : !user.IsAuthenticated ? Problem.Unauthenticated()
            : loaded.ValueOrThrow().Rights.IsMentor ? null
            : MentorGuard.NotAMentor();
    }
}

public sealed class ClaimMentorRequestHandler(IGrainFactory grains, ICurrentUser user)
    : ICommandHandler<ClaimMentorRequestCommand, Result<MentorRequestView>>
{
    public async ValueTask<Result<MentorRequestView>> Handle(ClaimMentorRequestCommand command, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IMentorGrain>(user.UserId ?? "").GetAsync() is not { } mentor)
        {
            return MentorGuard.NotAMentor();
        }

        return await grains.GetGrain<IMentorRequestGrain>(command.RequestId).ClaimAsync(new Viewer(mentor.UserId, mentor.DisplayName));
    }
}
