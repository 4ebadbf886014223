namespace ExchangeHub.Core.Features.CaseStudies;

[GenerateSerializer, Alias("ExchangeHub.CaseStudyState")]
public sealed record CaseStudyState
{
    [Id(0)]
    public string LabId { get; set; } = "";

    [Id(1)]
    public CaseStudyFields? Fields { get; set; }

    [Id(2)]
    public string Html { get; set; } = "";

    [Id(3)]
    public int Revision { get; set; }

    [Id(4)]
    public string ThreadId { get; set; } = "";

    [Id(5)]
    public string AuthorName { get; set; } = "";

    [Id(6)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(7)]
    public DateTimeOffset UpdatedAt { get; set; }

    [Id(8)]
    public List<RevisionInfo> Revisions { get; set; } = [];
}
