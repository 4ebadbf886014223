using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>
/// Answers whether the current person is a mentor by asking their mentor grain: becoming a mentor takes effect at once,
/// while the roles in a sign-in cookie are fixed until the next sign-in.
/// </summary>
public sealed class MentorGuard(IGrainFactory grains)
{
    public async ValueTask<Problem?> RequireMentorAsync(ICurrentUser user) =>
        user.UserId is not { } userId ? Problem.Unauthenticated()
        : await grains.GetGrain<IMentorGrain>(userId).GetAsync() is not null ? null
        : NotAMentor();

    public static Problem? RequireOperator(ICurrentUser user) =>
        !user.IsAuthenticated ? Problem.Unauthenticated()
        : user.IsInRole(Roles.Operator) ? null
        : Problem.Forbidden(Say.Text("運営者だけが見られます。", "Only operators may see this."));

    public static Problem NotAMentor() => Problem.Forbidden(Say.Text(
        "メンターだけができる操作です。メンタープロフィールを登録してください。", "Only mentors may do this. Set up your mentor profile first."));
}
