using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.CaseStudies;

/// <summary>One stored revision of a case study, keyed "{caseStudyId}@{revision}".</summary>
public interface ICaseStudyRevisionGrain : IGrainWithStringKey
{
    Task StoreAsync(CaseStudyRevision revision);

    [ReadOnly]
    Task<CaseStudyRevision?> GetAsync();

    public static string Key(string caseStudyId, int revision) => $"{caseStudyId}@{revision}";
}
