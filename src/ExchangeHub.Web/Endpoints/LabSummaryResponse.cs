using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Web.Endpoints;

public sealed record LabSummaryResponse(
    string Id, string Name, string Prefecture, string PrefectureName, string Region, string Municipality, string Programme,
    IReadOnlyList<string> Themes, int MemberCount, int CaseStudyCount, string Status)
{
    public static LabSummaryResponse From(LabSummary lab)
    {
        var prefecture = Prefectures.Find(lab.Prefecture);
        return new(lab.Id, lab.Name, lab.Prefecture, prefecture?.NameJa ?? "", prefecture is null ? "" : RegionBlocks.Slug(prefecture.Region),
            lab.Municipality, lab.Programme, lab.Themes, lab.MemberCount, lab.CaseStudyCount, lab.Status ?? LabStatuses.Approved);
    }
}
