using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Loads a thread and the current person's rights in its space once per request: the authoriser checks them and
/// the handler reuses them (it is scoped), so a request costs no second round of grain calls. A check that needs only
/// the rights takes the thread's space from <see cref="ThreadPlaces"/>.
/// </summary>
public sealed class ThreadGuard(IGrainFactory grains, ThreadPlaces places, SpaceAccess spaces, ICurrentUser user)
{
    private readonly Dictionary<string, Result<GuardedThread>> _loaded = [];
    private readonly Dictionary<string, Result<SpaceRights>> _rights = [];

    public async Task<Result<GuardedThread>> LoadAsync(string threadId)
    {
        if (_loaded.TryGetValue(threadId, out var known))
        {
            return known;
        }

        var view = await grains.GetGrain<ITopicThreadGrain>(threadId).GetAsync();
        Result<GuardedThread> loaded;
        if (view is null)
        {
            loaded = Problem.NotFound("スレッド", "The thread");
        }
        else
        {
            places.Remember(view);
            var rights = await RightsAsync(view.Space);
            loaded = rights.IsSuccess ? new GuardedThread(view, rights.ValueOrThrow()) : rights.Problem;
        }

        _loaded[threadId] = loaded;
        return loaded;
    }

    /// <summary>Where the thread is, and the current person's rights there; not found when there is no such thread.</summary>
    public async Task<Result<PlacedThread>> PlaceAsync(string threadId)
    {
        if (await places.FindAsync(threadId) is not { } place)
        {
            return Problem.NotFound("スレッド", "The thread");
        }

        var rights = await RightsAsync(place.Space);
        return rights.IsSuccess ? new PlacedThread(place, rights.ValueOrThrow()) : rights.Problem;
    }

    public async ValueTask<Problem?> RequireAsync(string threadId, Func<SpaceRights, bool> allowed)
    {
        var placed = await PlaceAsync(threadId);
        if (!placed.IsSuccess)
        {
            return placed.Problem;
        }

        var rights = placed.ValueOrThrow().Rights;
        // Someone who may not read a thread learns nothing of it beyond the refusal.
        return rights.CanRead ? SpaceAccess.Require(allowed(rights), user) : NotVisible();
    }

    private async Task<Result<SpaceRights>> RightsAsync(string space)
    {
        if (!_rights.TryGetValue(space, out var rights))
        {
            rights = await spaces.RightsAsync(space, user);
            _rights[space] = rights;
        }

        return rights;
    }

    private Problem NotVisible() => user.IsAuthenticated
        ? Problem.Forbidden(Common.Text.Say.Text("このスレッドを見る権限がありません。", "You may not see this thread."))
        : Problem.Unauthenticated();
}

public sealed record GuardedThread(ThreadView Thread, SpaceRights Rights);

public sealed record PlacedThread(ThreadRef Thread, SpaceRights Rights);
