namespace ExchangeHub.Core.Features.CaseStudies;

/// <summary>One revision as it was written, kept in its own grain so a case study's state does not grow with its edits.</summary>
[GenerateSerializer, Alias("ExchangeHub.CaseStudyRevision")]
public sealed record CaseStudyRevision(
    [property: Id(0)] string CaseStudyId,
    [property: Id(1)] int Revision,
    [property: Id(2)] CaseStudyFields Fields,
    [property: Id(3)] string Html,
    [property: Id(4)] string EditorName,
    [property: Id(5)] DateTimeOffset At);
