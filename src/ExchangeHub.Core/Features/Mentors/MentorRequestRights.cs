using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>
/// Who the current person is to a request: one of the requesting lab's members, the mentor who claimed it, another
/// mentor, or an operator. Mentors may look at a request while it waits; its thread is for the lab and the claimer.
/// </summary>
public sealed record MentorRequestRights(bool IsRequester, bool IsClaimer, bool IsMentor, bool IsOperator)
{
    public bool CanRead(MentorRequestView request) =>
        IsRequester || IsClaimer || IsOperator || (IsMentor && MentorRequestStatus.IsWaiting(request.Status));

    public bool CanReadThread => IsRequester || IsClaimer || IsOperator;

    public bool CanResolve => IsRequester;

    public bool CanCancel => IsRequester || IsOperator;

    public static async Task<MentorRequestRights> OfAsync(IGrainFactory grains, MentorRequestView request, ICurrentUser user)
    {
        if (user.UserId is not { } userId)
        {
            return new(false, false, false, false);
        }

        var role = grains.GetGrain<ILabGrain>(request.LabId).GetRoleAsync(userId);
        var mentor = grains.GetGrain<IMentorGrain>(userId).GetAsync();
        return new((await role).Role is not null, request.MentorId == userId, await mentor is not null, user.IsInRole(Roles.Operator));
    }
}
