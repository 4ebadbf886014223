using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>Answers whether the current user holds a role in a lab, with one grain call.</summary>
public sealed class LabGuard(IGrainFactory grains)
{
    public async ValueTask<Problem?> RequireAsync(string labId, ICurrentUser user, string role)
    {
        if (user.UserId is not { } userId)
        {
            return Problem.Unauthenticated();
        }

        // Authorisation runs before validation, so a lab id left out of a body arrives here; no grain has a blank key.
        if (string.IsNullOrWhiteSpace(labId))
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        var answer = await grains.GetGrain<ILabGrain>(labId).GetRoleAsync(userId);
        if (!answer.LabExists)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        var allowed = role == LabRoles.Member ? answer.Role is not null : answer.Role == role;
        return allowed ? null : Problem.Forbidden(role == LabRoles.Admin
            ? Say.Text("ラボの管理者(事務局)だけができる操作です。", "Only the lab's admins (its secretariat) may do this.")
            : Say.Text("ラボのメンバーだけができる操作です。", "Only the lab's members may do this."));
    }
}
