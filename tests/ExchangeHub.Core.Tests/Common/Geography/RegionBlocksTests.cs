using ExchangeHub.Core.Common.Geography;

namespace ExchangeHub.Core.Tests.Common.Geography;

public sealed class RegionBlocksTests
{
    [Theory]
    [InlineData(RegionBlock.Hokkaido, "hokkaido", "北海道地方", "Hokkaido")]
    [InlineData(RegionBlock.Tohoku, "tohoku", "東北地方", "Tohoku")]
    [InlineData(RegionBlock.Kanto, "kanto", "関東地方", "Kanto")]
    [InlineData(RegionBlock.Chubu, "chubu", "中部地方", "Chubu")]
    [InlineData(RegionBlock.Kinki, "kinki", "近畿地方", "Kinki")]
    [InlineData(RegionBlock.Chugoku, "chugoku", "中国地方", "Chugoku")]
    [InlineData(RegionBlock.Shikoku, "shikoku", "四国地方", "Shikoku")]
    [InlineData(RegionBlock.KyushuOkinawa, "kyushu-okinawa", "九州・沖縄地方", "Kyushu-Okinawa")]
    public void Names_RegionBlock_ReturnsSlugAndNames(RegionBlock region, string slug, string nameJa, string nameEn)
    {
        var names = (RegionBlocks.Slug(region), RegionBlocks.NameJa(region), RegionBlocks.NameEn(region));

        Assert.Equal((slug, nameJa, nameEn), names);
    }

    [Fact]
    public void TryParseSlug_SlugOfEveryRegion_ReturnsThatRegion()
    {
        var parsed = RegionBlocks.All.Select(region => RegionBlocks.TryParseSlug(RegionBlocks.Slug(region), out var back) ? back : default);

        Assert.Equal(RegionBlocks.All, parsed);
    }

    [Theory]
    [InlineData("Kyushu-Okinawa", RegionBlock.KyushuOkinawa)]
    [InlineData("KANTO", RegionBlock.Kanto)]
    public void TryParseSlug_OtherLetterCase_ReturnsRegion(string slug, RegionBlock expected)
    {
        var found = RegionBlocks.TryParseSlug(slug, out var region);

        Assert.True(found);
        Assert.Equal(expected, region);
    }

    [Theory]
    [InlineData("kyushu")]
    [InlineData("KyushuOkinawa")]
    [InlineData("kanto ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseSlug_UnknownSlug_ReturnsFalse(string? slug)
    {
        var found = RegionBlocks.TryParseSlug(slug, out _);

        Assert.False(found);
    }

    [Fact]
    public void Slug_UndefinedValue_Throws()
    {
        var undefined = (RegionBlock)0;

        Assert.Throws<ArgumentOutOfRangeException>(() => RegionBlocks.Slug(undefined));
    }

    [Fact]
    public void All_Always_ListsEightBlocksNorthToSouth()
    {
        var all = RegionBlocks.All;

        Assert.Equal(
            [RegionBlock.Hokkaido, RegionBlock.Tohoku, RegionBlock.Kanto, RegionBlock.Chubu, RegionBlock.Kinki, RegionBlock.Chugoku, RegionBlock.Shikoku, RegionBlock.KyushuOkinawa],
            all);
    }
}
