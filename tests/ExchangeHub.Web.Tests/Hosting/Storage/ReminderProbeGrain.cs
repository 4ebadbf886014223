namespace ExchangeHub.Web.Tests.Hosting.Storage;

/// <summary>Counts the ticks of one reminder in its stored state, so a count survives the silo that saw it.</summary>
public sealed class ReminderProbeGrain([PersistentState("ticks")] IPersistentState<CounterState> ticks) : Grain, IReminderProbeGrain, IRemindable
{
    private const string ReminderName = "probe";

    public Task StartAsync(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public async Task StopAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<int> GetTicksAsync() => Task.FromResult(ticks.State.Count);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks.State = ticks.State with { Count = ticks.State.Count + 1, Note = reminderName };
        await ticks.WriteStateAsync();
    }
}
