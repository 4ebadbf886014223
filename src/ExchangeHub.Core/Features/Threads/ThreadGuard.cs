using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;

namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Loads a thread and the current person's rights in its space once per request: the authoriser checks them and
/// the handler reuses them (it is scoped), so a request costs no second round of grain calls.
/// </summary>
public sealed class ThreadGuard(IGrainFactory grains, SpaceAccess spaces, ICurrentUser user)
{
    private readonly Dictionary<string, Result<GuardedThread>> _loaded = [];

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
            var rights = await spaces.RightsAsync(view.Space, user);
            loaded = rights.IsSuccess ? new GuardedThread(view, rights.ValueOrThrow()) : rights.Problem;
        }

        _loaded[threadId] = loaded;
        return loaded;
    }

    public async ValueTask<Problem?> RequireAsync(string threadId, Func<SpaceRights, bool> allowed)
    {
        var loaded = await LoadAsync(threadId);
        if (!loaded.IsSuccess)
        {
            return loaded.Problem;
        }

        var rights = loaded.ValueOrThrow().Rights;
        // Someone who may not read a thread learns nothing of it beyond the refusal.
        return rights.CanRead ? SpaceAccess.Require(allowed(rights), user) : NotVisible();
    }

    private Problem NotVisible() => user.IsAuthenticated
        ? Problem.Forbidden(Common.Text.Say.Text("このスレッドを見る権限がありません。", "You may not see this thread."))
        : Problem.Unauthenticated();
}

public sealed record GuardedThread(ThreadView Thread, SpaceRights Rights);
