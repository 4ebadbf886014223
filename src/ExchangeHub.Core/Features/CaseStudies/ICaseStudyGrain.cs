using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.CaseStudies;

/// <summary>One case study, keyed by its id: the latest revision and the list of all revisions.</summary>
public interface ICaseStudyGrain : IGrainWithStringKey
{
    Task<Result<CaseStudyDetails>> CreateAsync(string labId, CaseStudyFields fields, string html, string threadId, string authorName);

    Task<Result<CaseStudyDetails>> ReviseAsync(CaseStudyFields fields, string html, string editorName);

    /// <summary>The latest revision, or null when no case study has this id.</summary>
    [ReadOnly]
    Task<CaseStudyDetails?> GetAsync();

    [ReadOnly]
    Task<string?> GetLabIdAsync();
}
