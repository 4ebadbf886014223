using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>The desk as the calling mentor sees it: waiting requests that meet their expertise first.</summary>
public sealed record GetMentorDeskQuery : IQuery<Result<MentorDesk>>, IRequireSignIn;

public sealed record MentorDesk(MentorProfile Mentor, IReadOnlyList<DeskEntry> Items, long? ExpectedWaitSeconds, int UnservedCount, long LastSeq);

public sealed class GetMentorDeskAuthorizer(MentorGuard mentors) : IAuthorizer<GetMentorDeskQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetMentorDeskQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        mentors.RequireMentorAsync(user);
}

public sealed class GetMentorDeskHandler(IGrainFactory grains, ICurrentUser user) : IQueryHandler<GetMentorDeskQuery, Result<MentorDesk>>
{
    public async ValueTask<Result<MentorDesk>> Handle(GetMentorDeskQuery query, CancellationToken cancellationToken)
    {
        var mentor = grains.GetGrain<IMentorGrain>(user.UserId ?? "").GetAsync();
        var desk = await grains.GetGrain<IMentorDeskGrain>(0).GetAsync();
        if (await mentor is not { } profile)
        {
            return MentorGuard.NotAMentor();
        }

        return new MentorDesk(profile, MentorMatching.BestMatchFirst(desk.Items, profile.Expertise), desk.ExpectedWaitSeconds,
            desk.UnservedCount, desk.LastSeq);
    }
}
