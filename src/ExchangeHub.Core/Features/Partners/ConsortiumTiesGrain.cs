namespace ExchangeHub.Core.Features.Partners;

public sealed class ConsortiumTiesGrain([PersistentState("ties")] IPersistentState<ConsortiumTiesState> ties) : Grain, IConsortiumTiesGrain
{
    public async Task PutAsync(string consortiumId, IReadOnlyList<string> joinedLabIds)
    {
        var known = ties.State.JoinedLabs.GetValueOrDefault(consortiumId);
        if (known is not null && known.SequenceEqual(joinedLabIds))
        {
            return;
        }

        ties.State.JoinedLabs[consortiumId] = [.. joinedLabIds];
        await ties.WriteStateAsync();
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAsync() => Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(
        ties.State.JoinedLabs.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value));
}
