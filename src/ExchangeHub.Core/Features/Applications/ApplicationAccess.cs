using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Features.Applications;

/// <summary>
/// Who may see and edit an application: the members of a consortium's joined labs for a joint application (and
/// operators, who read), the members of an IoT lab for its transition plan.
/// </summary>
public sealed class ApplicationAccess(IGrainFactory grains)
{
    public async Task<Result<ApplicationOwner>> CheckAsync(string key, ICurrentUser user, bool toEdit)
    {
        if (user.UserId is not { } userId)
        {
            return Problem.Unauthenticated();
        }

        var memberships = (await grains.GetGrain<IUserGrain>(userId).GetAsync())?.Labs ?? [];
        if (key.StartsWith(ApplicationKeys.ConsortiumPrefix, StringComparison.Ordinal))
        {
            var consortiumId = key[ApplicationKeys.ConsortiumPrefix.Length..];
            if (await grains.GetGrain<IConsortiumGrain>(consortiumId).GetAsync() is not { } consortium)
            {
                return Problem.NotFound("コンソーシアム", "The consortium");
            }

            var role = ConsortiumRole.Of(consortium, memberships, user.IsInRole(Roles.Operator));
            var labs = consortium.Members.Where(m => m.State == MemberStates.Joined).ToDictionary(m => m.LabId, m => m.LabName);
            return (toEdit ? role.IsMember : role.Sees)
                ? new ApplicationOwner(key, consortium.Name, "consortium", labs, $"/consortia/{consortiumId}")
                : Refused();
        }

        if (key.StartsWith(ApplicationKeys.LabPrefix, StringComparison.Ordinal))
        {
            var labId = key[ApplicationKeys.LabPrefix.Length..];
            if (await grains.GetGrain<ILabGrain>(labId).GetAsync() is not { } lab)
            {
                return Problem.NotFound("ラボ", "The lab");
            }

            if (lab.Fields.Programme != Programmes.Iot)
            {
                return Problem.NotFound("移行計画(IoT推進ラボのみ)", "The transition plan (IoT labs only)");
            }

            return memberships.Any(m => m.LabId == labId) || (!toEdit && user.IsInRole(Roles.Operator))
                ? new ApplicationOwner(key, lab.Fields.Name, "transition-plan", new Dictionary<string, string> { [labId] = lab.Fields.Name }, $"/labs/{labId}")
                : Refused();
        }

        return Problem.NotFound("申請", "The application");
    }

    private static Problem Refused() =>
        Problem.Forbidden(Say.Text("この申請を見る・編集する権限がありません。", "You may not see or edit this application."));
}
