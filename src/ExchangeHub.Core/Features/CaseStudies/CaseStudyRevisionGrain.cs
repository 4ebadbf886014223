namespace ExchangeHub.Core.Features.CaseStudies;

public sealed class CaseStudyRevisionGrain([PersistentState("revision")] IPersistentState<CaseStudyRevisionState> stored)
    : Grain, ICaseStudyRevisionGrain
{
    public async Task StoreAsync(CaseStudyRevision revision)
    {
        stored.State.Revision = revision;
        await stored.WriteStateAsync();
    }

    public Task<CaseStudyRevision?> GetAsync() => Task.FromResult(stored.State.Revision);
}
