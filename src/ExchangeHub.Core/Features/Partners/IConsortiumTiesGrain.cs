using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>
/// Which labs have joined which consortium (a single grain, key 0), kept by the consortia as membership changes: the
/// ties the map draws and the pairs that partner recommendations leave out, in one call.
/// </summary>
public interface IConsortiumTiesGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task PutAsync(string consortiumId, IReadOnlyList<string> joinedLabIds);

    /// <summary>Joined lab ids by consortium id.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ListAsync();
}
