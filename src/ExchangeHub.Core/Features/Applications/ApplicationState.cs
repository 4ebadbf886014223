namespace ExchangeHub.Core.Features.Applications;

[GenerateSerializer, Alias("ExchangeHub.ApplicationState")]
public sealed record ApplicationState
{
    [Id(0)]
    public SectionText Vision { get; set; } = SectionText.Empty;

    [Id(1)]
    public SectionText Plan { get; set; } = SectionText.Empty;

    [Id(2)]
    public List<ApplicationKpi> Kpis { get; set; } = [];

    [Id(3)]
    public int KpisVersion { get; set; }

    [Id(4)]
    public List<CriterionCheck> Criteria { get; set; } = [.. ReviewCriteria.Unchecked()];

    [Id(5)]
    public int CriteriaVersion { get; set; }

    /// <summary>The latest changes, newest first, at most <see cref="ApplicationGrain.HistoryLength"/>.</summary>
    [Id(6)]
    public List<ApplicationChange> History { get; set; } = [];

    [Id(7)]
    public long LastSeq { get; set; }
}
