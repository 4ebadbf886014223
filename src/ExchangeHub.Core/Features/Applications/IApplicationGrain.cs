using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Applications;

/// <summary>
/// One application workspace, keyed by its owner: "consortium:{id}" for a joint application, "lab:{id}" for an IoT
/// lab's transition plan. Each section carries a version: a save names the version it started from, and a save
/// over someone else's newer one is refused instead of silently overwriting it. Owns the application:{key} stream.
/// </summary>
public interface IApplicationGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<ApplicationView> GetAsync();

    Task<Result<ApplicationView>> SaveTextAsync(string section, int baseVersion, string markdown, string html, string editorName);

    Task<Result<ApplicationView>> SaveKpisAsync(int baseVersion, IReadOnlyList<ApplicationKpi> kpis, string editorName);

    Task<Result<ApplicationView>> SaveCriteriaAsync(int baseVersion, IReadOnlyList<CriterionCheck> criteria, string editorName);

    [ReadOnly]
    Task<IReadOnlyList<LiveEvent>> GetEventsAfterAsync(long afterSeq);
}
