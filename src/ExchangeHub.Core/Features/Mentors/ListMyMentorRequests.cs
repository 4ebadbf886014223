using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using Mediator;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>The requests of the caller's labs and the requests the caller holds as a mentor, newest first.</summary>
public sealed record ListMyMentorRequestsQuery : IQuery<Result<MyMentorRequests>>, IRequireSignIn;

public sealed record MyMentorRequests(IReadOnlyList<MentorRequestSummary> OfMyLabs, IReadOnlyList<MentorRequestSummary> AsMentor);

public sealed class ListMyMentorRequestsHandler(IGrainFactory grains, ICurrentUser user)
    : IQueryHandler<ListMyMentorRequestsQuery, Result<MyMentorRequests>>
{
    public async ValueTask<Result<MyMentorRequests>> Handle(ListMyMentorRequestsQuery query, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<IUserGrain>(user.UserId ?? "").GetAsync() is not { } person)
        {
            return Problem.Unauthenticated();
        }

        // One call per list: a person belongs to a few labs, and each lab keeps its requests as summaries.
        var labLists = person.Labs.Select(lab => grains.GetGrain<IMentorRequestIndexGrain>(IMentorRequestIndexGrain.OfLab(lab.LabId)).ListAsync());
        var mentorList = grains.GetGrain<IMentorRequestIndexGrain>(IMentorRequestIndexGrain.OfMentor(person.Id)).ListAsync();
        var ofLabs = (await Task.WhenAll(labLists)).SelectMany(list => list).OrderByDescending(r => r.OpenedAt).ToList();
        return new MyMentorRequests(ofLabs, await mentorList);
    }
}
