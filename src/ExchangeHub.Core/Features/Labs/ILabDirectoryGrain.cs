using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>
/// The directory of every lab (a single grain, key 0). It keeps one summary per lab so that the directory page is one call;
/// the programme has hundreds of labs, so the state stays small.
/// </summary>
public interface ILabDirectoryGrain : IGrainWithIntegerKey
{
    Task UpsertAsync(LabSummary summary);

    [ReadOnly]
    Task<LabPage> SearchAsync(LabFilter filter);

    [ReadOnly]
    Task<int> CountAsync();

    /// <summary>The ids of the labs with exactly these names (an @-mention names a lab), in one call.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> FindByNamesAsync(IReadOnlyList<string> names);

    /// <summary>Every lab's summary, for the work that weighs all labs at once (partner recommendations, the map, a search rebuild).</summary>
    [ReadOnly]
    Task<IReadOnlyList<LabSummary>> ListAllAsync();
}
