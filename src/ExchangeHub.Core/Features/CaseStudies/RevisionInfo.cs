namespace ExchangeHub.Core.Features.CaseStudies;

[GenerateSerializer, Alias("ExchangeHub.RevisionInfo")]
public sealed record RevisionInfo(
    [property: Id(0)] int Revision,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string EditorName,
    [property: Id(3)] string Title);
