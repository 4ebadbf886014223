using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ExchangeHub.Core.Common.Geography;

/// <summary>Slugs (as used in the API) and display names of the region blocks.</summary>
public static class RegionBlocks
{
    private static readonly FrozenDictionary<RegionBlock, Names> _names = new Dictionary<RegionBlock, Names>
    {
        [RegionBlock.Hokkaido] = new("hokkaido", "北海道地方", "Hokkaido"),
        [RegionBlock.Tohoku] = new("tohoku", "東北地方", "Tohoku"),
        [RegionBlock.Kanto] = new("kanto", "関東地方", "Kanto"),
        [RegionBlock.Chubu] = new("chubu", "中部地方", "Chubu"),
        [RegionBlock.Kinki] = new("kinki", "近畿地方", "Kinki"),
        [RegionBlock.Chugoku] = new("chugoku", "中国地方", "Chugoku"),
        [RegionBlock.Shikoku] = new("shikoku", "四国地方", "Shikoku"),
        [RegionBlock.KyushuOkinawa] = new("kyushu-okinawa", "九州・沖縄地方", "Kyushu-Okinawa"),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, RegionBlock> _bySlug =
        _names.ToFrozenDictionary(pair => pair.Value.Slug, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>All region blocks, north to south.</summary>
    public static IReadOnlyList<RegionBlock> All { get; } = [.. Enum.GetValues<RegionBlock>()];

    /// <summary>The slug used in URLs and the API, e.g. <c>kyushu-okinawa</c>.</summary>
    public static string Slug(RegionBlock region) => Get(region).Slug;

    /// <summary>The Japanese name, e.g. 九州・沖縄地方.</summary>
    public static string NameJa(RegionBlock region) => Get(region).Ja;

    /// <summary>The English name, e.g. Kyushu-Okinawa.</summary>
    public static string NameEn(RegionBlock region) => Get(region).En;

    /// <summary>Reads a slug such as <c>tohoku</c>; letter case is ignored.</summary>
    public static bool TryParseSlug([NotNullWhen(true)] string? slug, out RegionBlock region)
    {
        region = default;
        return slug is not null && _bySlug.TryGetValue(slug, out region);
    }

    private static Names Get(RegionBlock region) =>
        _names.TryGetValue(region, out var names)
            ? names
            : throw new ArgumentOutOfRangeException(nameof(region), region, "Not a region block.");

    private sealed record Names(string Slug, string Ja, string En);
}
