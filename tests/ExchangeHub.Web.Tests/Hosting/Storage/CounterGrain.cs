namespace ExchangeHub.Web.Tests.Hosting.Storage;

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter) : Grain, ICounterGrain
{
    public async Task AddAsync(int amount, string note)
    {
        counter.State = counter.State with { Count = counter.State.Count + amount, Note = note };
        await counter.WriteStateAsync();
    }

    public Task<CounterState> GetAsync() => Task.FromResult(counter.State);
}
