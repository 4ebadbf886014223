using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Web.Endpoints;

/// <summary>A lab as the public API shows it.</summary>
public sealed record LabResponse(
    string Id, string Name, string Prefecture, string PrefectureName, string Region, string Municipality, string Programme,
    IReadOnlyList<string> Themes, IReadOnlyList<string> Needs, IReadOnlyList<string> Offers, string Vision, string VisionHtml,
    IReadOnlyList<Kpi> Kpis, IReadOnlyList<LabMember> Members, IReadOnlyList<CaseStudyCard> CaseStudies,
    DateTimeOffset CreatedAt, long LastSeq, string Status, IReadOnlyList<Company> Companies, IReadOnlyList<KpiReading> KpiHistory,
    DateTimeOffset? MovedToDxAt)
{
    public static LabResponse From(LabDetails lab)
    {
        var fields = lab.Fields;
        var prefecture = Prefectures.Find(fields.Prefecture);
        return new(lab.Id, fields.Name, fields.Prefecture, prefecture?.NameJa ?? "", prefecture is null ? "" : RegionBlocks.Slug(prefecture.Region),
            fields.Municipality, fields.Programme, fields.Themes, fields.Needs, fields.Offers, fields.Vision, lab.VisionHtml,
            fields.Kpis ?? [], lab.Members, lab.CaseStudies, lab.CreatedAt, lab.LastSeq, lab.Status, lab.Companies ?? [], lab.KpiHistory ?? [],
            lab.MovedToDxAt);
    }
}
