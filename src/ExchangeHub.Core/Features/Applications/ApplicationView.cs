namespace ExchangeHub.Core.Features.Applications;

[GenerateSerializer, Alias("ExchangeHub.ApplicationView")]
public sealed record ApplicationView(
    [property: Id(0)] string Key,
    [property: Id(1)] SectionText Vision,
    [property: Id(2)] SectionText Plan,
    [property: Id(3)] IReadOnlyList<ApplicationKpi> Kpis,
    [property: Id(4)] int KpisVersion,
    [property: Id(5)] IReadOnlyList<CriterionCheck> Criteria,
    [property: Id(6)] int CriteriaVersion,
    [property: Id(7)] IReadOnlyList<ApplicationChange> History,
    [property: Id(8)] long LastSeq)
{
    public int VersionOf(string section) => section switch
    {
        ApplicationSections.Vision => Vision.Version,
        ApplicationSections.Plan => Plan.Version,
        ApplicationSections.Kpis => KpisVersion,
        _ => CriteriaVersion,
    };
}
