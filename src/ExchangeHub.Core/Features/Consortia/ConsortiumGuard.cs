using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Accounts;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>
/// Loads a consortium and the current person's place in it once per request (it is scoped): a member is someone in a
/// lab that has joined; the lead's admins run it; operators see every consortium.
/// </summary>
public sealed class ConsortiumGuard(IGrainFactory grains, ICurrentUser user)
{
    private readonly Dictionary<string, Result<ConsortiumRole>> _loaded = [];

    public async Task<Result<ConsortiumRole>> LoadAsync(string consortiumId)
    {
        if (_loaded.TryGetValue(consortiumId, out var known))
        {
            return known;
        }

        var consortium = await grains.GetGrain<IConsortiumGrain>(consortiumId).GetAsync();
        var profile = user.UserId is { } id ? await grains.GetGrain<IUserGrain>(id).GetAsync() : null;
        Result<ConsortiumRole> loaded = consortium is null
            ? Problem.NotFound("コンソーシアム", "The consortium")
            : ConsortiumRole.Of(consortium, profile?.Labs ?? [], user.IsInRole(Roles.Operator));
        _loaded[consortiumId] = loaded;
        return loaded;
    }

    public async ValueTask<Problem?> RequireAsync(string consortiumId, Func<ConsortiumRole, bool> allowed)
    {
        if (!user.IsAuthenticated)
        {
            return Problem.Unauthenticated();
        }

        var loaded = await LoadAsync(consortiumId);
        return !loaded.IsSuccess ? loaded.Problem
            : allowed(loaded.ValueOrThrow()) ? null
            : Problem.Forbidden(Say.Text("このコンソーシアムでは、この操作はできません。", "You may not do this in this consortium."));
    }
}

public sealed record ConsortiumRole(ConsortiumView Consortium, bool IsMember, bool IsLeadAdmin, bool IsOperator, IReadOnlyList<string> AdminLabIds)
{
    public static ConsortiumRole Of(ConsortiumView consortium, IReadOnlyList<LabMembership> memberships, bool isOperator)
    {
        var joined = consortium.JoinedLabIds.ToHashSet();
        var admin = memberships.Where(m => m.Role == LabRoles.Admin).Select(m => m.LabId).ToList();
        return new(consortium, memberships.Any(m => joined.Contains(m.LabId)), admin.Contains(consortium.LeadLabId), isOperator, admin);
    }

    public bool Sees => IsMember || IsOperator;

    public bool AdminOf(string labId) => AdminLabIds.Contains(labId);
}
