using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Mentors;

/// <summary>
/// Loads a request and the current person's rights to it once per request: the authoriser checks them and the handler
/// reuses them (it is scoped), so a request costs no second round of grain calls.
/// </summary>
public sealed class MentorRequestGuard(IGrainFactory grains, ICurrentUser user)
{
    private readonly Dictionary<string, Result<GuardedMentorRequest>> _loaded = [];

    public async Task<Result<GuardedMentorRequest>> LoadAsync(string requestId)
    {
        if (_loaded.TryGetValue(requestId, out var known))
        {
            return known;
        }

        Result<GuardedMentorRequest> loaded = await grains.GetGrain<IMentorRequestGrain>(requestId).GetAsync() is { } request
            ? new GuardedMentorRequest(request, await MentorRequestRights.OfAsync(grains, request, user))
            : Problem.NotFound("相談", "The mentor request");
        _loaded[requestId] = loaded;
        return loaded;
    }

    /// <summary>
    /// Refuses with 404 for an unknown request and 401 for the anonymous; when not allowed, with 403 that says the request is
    /// not theirs to see, or <paramref name="refusal"/> to someone who may see it.
    /// </summary>
    public async ValueTask<Problem?> RequireAsync(string requestId, Func<GuardedMentorRequest, bool> allowed, Func<string> refusal)
    {
        var loaded = await LoadAsync(requestId);
        if (!loaded.IsSuccess)
        {
            return loaded.Problem;
        }

        var guarded = loaded.ValueOrThrow();
        return !user.IsAuthenticated ? Problem.Unauthenticated()
            : allowed(guarded) ? null
            : Problem.Forbidden(guarded.Rights.CanRead(guarded.Request) ? refusal() : NotVisible());
    }

    public static string NotVisible() => Say.Text("この相談を見る権限がありません。", "You may not see this mentor request.");
}

public sealed record GuardedMentorRequest(MentorRequestView Request, MentorRequestRights Rights);
