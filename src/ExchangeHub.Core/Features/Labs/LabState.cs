namespace ExchangeHub.Core.Features.Labs;

[GenerateSerializer, Alias("ExchangeHub.LabState")]
public sealed record LabState
{
    [Id(0)]
    public LabFields? Fields { get; set; }

    [Id(1)]
    public string VisionHtml { get; set; } = "";

    [Id(2)]
    public List<LabMember> Members { get; set; } = [];

    [Id(3)]
    public List<CaseStudyCard> CaseStudies { get; set; } = [];

    [Id(4)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(5)]
    public long LastSeq { get; set; }

    /// <summary>Null for labs stored before approval existed; they count as approved.</summary>
    [Id(6)]
    public string? Status { get; set; }

    [Id(7)]
    public List<Company> Companies { get; set; } = [];

    [Id(8)]
    public List<KpiReading> KpiHistory { get; set; } = [];

    [Id(9)]
    public DateTimeOffset? MovedToDxAt { get; set; }
}
