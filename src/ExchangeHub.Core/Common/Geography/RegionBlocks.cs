namespace ExchangeHub.Core.Common.Geography;

public static class RegionBlocks
{
    public static string Slug(RegionBlock region) => region.ToString().ToLowerInvariant();

    public static bool TryParseSlug(string slug, out RegionBlock region) => Enum.TryParse(slug, true, out region);

    public static string NameJa(RegionBlock region) => region.ToString();

    public static string NameEn(RegionBlock region) => region.ToString();
}
