namespace ExchangeHub.Core.Common.Grains;

/// <summary>
/// For a state that changes with every post somewhere else (activity, notes) and matters little from one moment to the
/// next: written at most once per delay and on deactivation, while a change that matters is written at once and takes
/// what waits with it. After a failed write the timer stays and tries again.
/// </summary>
public sealed class WriteBehind<TState>(IPersistentState<TState> state, TimeSpan delay)
{
    private IGrainTimer? _timer;

    /// <summary>Writes within the delay; the caller does not wait.</summary>
    public void Soon(IGrainBase grain) =>
        _timer ??= grain.RegisterGrainTimer(_ => NowAsync(), new GrainTimerCreationOptions(delay, delay));

    /// <summary>Writes now, with whatever waits.</summary>
    public async Task NowAsync()
    {
        await state.WriteStateAsync();
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>Writes what waits, if anything; for deactivation.</summary>
    public Task FlushAsync() => _timer is null ? Task.CompletedTask : NowAsync();
}
