using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;

namespace ExchangeHub.Core.Features.Moderation;

public sealed class ModerationGrain([PersistentState("moderation")] IPersistentState<ModerationState> moderation)
    : Grain, IModerationGrain
{
    public const int MaxOpen = 1000;
    public const int MaxReportsPerPost = 20;

    public async Task<Result<PostFlag>> FlagAsync(PostFlag flag)
    {
        var open = moderation.State.Open;
        if (!open.TryGetValue(flag.Key, out var known) && open.Count >= MaxOpen)
        {
            return Problem.Conflict(Say.Text("通報の受付が混み合っています。時間をおいてもう一度お試しください。", "Too many reports are waiting; try again later."));
        }

        var report = flag.Reports[0];
        var reports = (known?.Reports ?? []).Where(r => r.UserId != report.UserId).Append(report).TakeLast(MaxReportsPerPost).ToList();
        var stored = (known ?? flag) with { Reports = reports };
        open[flag.Key] = stored;
        await moderation.WriteStateAsync();
        return stored;
    }

    public Task<IReadOnlyList<PostFlag>> ListAsync() =>
        Task.FromResult<IReadOnlyList<PostFlag>>([.. moderation.State.Open.Values.OrderBy(f => f.Reports.Min(r => r.At))]);

    public async Task<PostFlag?> CloseAsync(string threadId, long seq)
    {
        if (!moderation.State.Open.Remove(PostFlag.FlagKey(threadId, seq), out var flag))
        {
            return null;
        }

        await moderation.WriteStateAsync();
        return flag;
    }
}
