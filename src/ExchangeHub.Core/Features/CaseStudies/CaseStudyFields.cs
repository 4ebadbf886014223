namespace ExchangeHub.Core.Features.CaseStudies;

/// <summary>What an author writes: the body of create and edit. <see cref="Body"/> is Markdown.</summary>
[GenerateSerializer, Alias("ExchangeHub.CaseStudyFields")]
public sealed record CaseStudyFields(
    [property: Id(0)] string Title,
    [property: Id(1)] string Summary,
    [property: Id(2)] string Body,
    [property: Id(3)] IReadOnlyList<string> Themes);
