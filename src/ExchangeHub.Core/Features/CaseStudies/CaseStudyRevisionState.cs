namespace ExchangeHub.Core.Features.CaseStudies;

[GenerateSerializer, Alias("ExchangeHub.CaseStudyRevisionState")]
public sealed record CaseStudyRevisionState
{
    [Id(0)]
    public CaseStudyRevision? Revision { get; set; }
}
