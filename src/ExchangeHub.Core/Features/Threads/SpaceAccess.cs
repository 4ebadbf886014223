using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.CaseStudies;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Mentors;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Who may read, post and moderate in a space: anyone signed in in the public square; a lab's members in the lab (its
/// admins moderate); everyone reads a case study's discussion and the signed-in write there; a consortium's joined labs
/// talk privately (the lead's admins moderate); operators moderate all.
/// </summary>
public sealed class SpaceAccess(IGrainFactory grains)
{
    public async Task<Result<SpaceRights>> RightsAsync(string space, ICurrentUser user)
    {
        var signedIn = user.IsAuthenticated;
        var operatorRole = user.IsInRole(Roles.Operator);
        if (space == Spaces.Public)
        {
            return new SpaceRights(signedIn, signedIn, signedIn && operatorRole);
        }

        if (space.StartsWith(Spaces.LabPrefix, StringComparison.Ordinal))
        {
            var answer = await grains.GetGrain<ILabGrain>(space[Spaces.LabPrefix.Length..]).GetRoleAsync(user.UserId ?? "");
            if (!answer.LabExists)
            {
                return Problem.NotFound("ラボ", "The lab");
            }

            var member = signedIn && answer.Role is not null;
            return new SpaceRights(member || operatorRole, member, answer.Role == LabRoles.Admin || operatorRole);
        }

        if (space.StartsWith(Spaces.CaseStudyPrefix, StringComparison.Ordinal))
        {
            var labId = await grains.GetGrain<ICaseStudyGrain>(space[Spaces.CaseStudyPrefix.Length..]).GetLabIdAsync();
            if (labId is null)
            {
                return Problem.NotFound("事例", "The case study");
            }

            var role = signedIn ? (await grains.GetGrain<ILabGrain>(labId).GetRoleAsync(user.UserId ?? "")).Role : null;
            return new SpaceRights(true, signedIn, role == LabRoles.Admin || operatorRole);
        }

        if (space.StartsWith(Spaces.ConsortiumPrefix, StringComparison.Ordinal)
            && await grains.GetGrain<IConsortiumGrain>(space[Spaces.ConsortiumPrefix.Length..]).GetAsync() is { } consortium)
        {
            var labs = user.UserId is { } id ? (await grains.GetGrain<IUserGrain>(id).GetAsync())?.Labs ?? [] : [];
            var role = ConsortiumRole.Of(consortium, labs, operatorRole);
            return new SpaceRights(role.Sees, signedIn && role.IsMember, role.IsLeadAdmin || operatorRole);
        }

        if (space.StartsWith(Spaces.MentorRequestPrefix, StringComparison.Ordinal))
        {
            // A request's thread is for the requesting lab's members, the mentor who claimed it and operators.
            var request = await grains.GetGrain<IMentorRequestGrain>(space[Spaces.MentorRequestPrefix.Length..]).GetAsync();
            if (request is null)
            {
                return Problem.NotFound("相談", "The mentor request");
            }

            var role = signedIn ? (await grains.GetGrain<ILabGrain>(request.LabId).GetRoleAsync(user.UserId ?? "")).Role : null;
            var party = role is not null || (signedIn && request.MentorId == user.UserId) || operatorRole;
            return new SpaceRights(party, party, signedIn && operatorRole);
        }

        return Problem.NotFound("スペース", "The space");
    }

    /// <summary>Refuses with 401 for the anonymous and 403 for the signed-in, once rights are known.</summary>
    public static Problem? Require(bool allowed, ICurrentUser user) =>
        allowed ? null : user.IsAuthenticated ? Problem.Forbidden(Common.Text.Say.Text(
            "このスペースに参加していないため、この操作はできません。", "You are not a member of this space."))
        : Problem.Unauthenticated();
}
