using ExchangeHub.Core.Common.Geography;

namespace ExchangeHub.Core.Features.Labs;

/// <summary>How many labs a region block has; every block is listed, the empty ones too, in the usual north-to-south order.</summary>
public sealed record RegionCount(string Region, string NameJa, string NameEn, int Count)
{
    public static IReadOnlyList<RegionCount> Of(IEnumerable<LabSummary> labs)
    {
        var counts = new Dictionary<RegionBlock, int>();
        foreach (var lab in labs)
        {
            if (Prefectures.Find(lab.Prefecture) is { } prefecture)
            {
                counts[prefecture.Region] = counts.GetValueOrDefault(prefecture.Region) + 1;
            }
        }

        return [.. RegionBlocks.All.Select(r => new RegionCount(RegionBlocks.Slug(r), RegionBlocks.NameJa(r), RegionBlocks.NameEn(r), counts.GetValueOrDefault(r)))];
    }
}
