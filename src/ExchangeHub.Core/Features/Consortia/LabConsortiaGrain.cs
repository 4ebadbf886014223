namespace ExchangeHub.Core.Features.Consortia;

public sealed class LabConsortiaGrain([PersistentState("consortia")] IPersistentState<LabConsortiaState> consortia)
    : Grain, ILabConsortiaGrain
{
    public async Task PutAsync(ConsortiumRef consortium)
    {
        consortia.State.Consortia[consortium.ConsortiumId] = consortium;
        await consortia.WriteStateAsync();
    }

    public Task<IReadOnlyList<ConsortiumRef>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ConsortiumRef>>(consortia.State.Consortia.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList());
}
