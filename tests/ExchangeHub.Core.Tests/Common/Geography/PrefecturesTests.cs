using ExchangeHub.Core.Common.Geography;

namespace ExchangeHub.Core.Tests.Common.Geography;

public sealed class PrefecturesTests
{
    [Fact]
    public void All_Always_HoldsCodes01To47InOrder()
    {
        var expected = Enumerable.Range(1, 47).Select(number => number.ToString("00", System.Globalization.CultureInfo.InvariantCulture));

        var codes = Prefectures.All.Select(prefecture => prefecture.Code);

        Assert.Equal(expected, codes);
    }

    [Fact]
    public void All_Always_HasUniqueNames()
    {
        var prefectures = Prefectures.All;

        Assert.Equal(47, prefectures.Select(p => p.NameJa).Distinct().Count());
        Assert.Equal(47, prefectures.Select(p => p.NameEn).Distinct().Count());
    }

    [Fact]
    public void All_EveryRegionBlock_HasPrefectures()
    {
        var regions = Prefectures.All.Select(prefecture => prefecture.Region).Distinct().Order();

        Assert.Equal(RegionBlocks.All, regions);
    }

    [Fact]
    public void Neighbours_OfEveryPrefecture_AreKnownSymmetricAndNotItself()
    {
        var pairs = Prefectures.All.SelectMany(p => p.Neighbours.Select(neighbour => (From: p, To: neighbour)));

        Assert.All(pairs, pair =>
        {
            Assert.NotEqual(pair.From.Code, pair.To);
            var neighbour = Prefectures.Find(pair.To);
            Assert.NotNull(neighbour);
            Assert.Contains(pair.From.Code, neighbour.Neighbours);
        });
    }

    [Theory]
    [InlineData("01", "北海道", "Hokkaido", RegionBlock.Hokkaido)]
    [InlineData("05", "秋田県", "Akita", RegionBlock.Tohoku)]
    [InlineData("13", "東京都", "Tokyo", RegionBlock.Kanto)]
    [InlineData("15", "新潟県", "Niigata", RegionBlock.Chubu)]
    [InlineData("24", "三重県", "Mie", RegionBlock.Kinki)]
    [InlineData("26", "京都府", "Kyoto", RegionBlock.Kinki)]
    [InlineData("32", "島根県", "Shimane", RegionBlock.Chugoku)]
    [InlineData("37", "香川県", "Kagawa", RegionBlock.Shikoku)]
    [InlineData("47", "沖縄県", "Okinawa", RegionBlock.KyushuOkinawa)]
    public void TryGet_KnownCode_ReturnsPrefecture(string code, string nameJa, string nameEn, RegionBlock region)
    {
        var found = Prefectures.TryGet(code, out var prefecture);

        Assert.True(found);
        Assert.NotNull(prefecture);
        Assert.Equal((nameJa, nameEn, region), (prefecture.NameJa, prefecture.NameEn, prefecture.Region));
    }

    [Theory]
    [InlineData("00")]
    [InlineData("48")]
    [InlineData("5")]
    [InlineData(" 05")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_UnknownCode_ReturnsNull(string? code)
    {
        var prefecture = Prefectures.Find(code);

        Assert.Null(prefecture);
    }

    [Theory]
    [InlineData("01", "02")]
    [InlineData("28", "36")]
    [InlineData("35", "40")]
    public void Neighbours_AcrossAFixedLink_AreIncluded(string code, string neighbour)
    {
        var prefecture = Prefectures.Find(code);

        Assert.Contains(neighbour, prefecture?.Neighbours ?? []);
    }

    [Fact]
    public void Neighbours_OfOkinawa_AreEmpty()
    {
        var okinawa = Prefectures.Find("47");

        Assert.Empty(okinawa?.Neighbours ?? ["missing"]);
    }

    [Fact]
    public void All_OfficeCoordinates_LieWithinJapan()
    {
        var prefectures = Prefectures.All;

        Assert.All(prefectures, p => Assert.True(p.Latitude is > 24 and < 46 && p.Longitude is > 122 and < 146, p.Code));
    }

    [Theory]
    [InlineData(RegionBlock.Chubu, new[] { "15", "16", "17", "18", "19", "20", "21", "22", "23" })]
    [InlineData(RegionBlock.Kinki, new[] { "24", "25", "26", "27", "28", "29", "30" })]
    [InlineData(RegionBlock.KyushuOkinawa, new[] { "40", "41", "42", "43", "44", "45", "46", "47" })]
    public void InRegion_RegionBlock_ReturnsItsPrefecturesInOrder(RegionBlock region, string[] codes)
    {
        var prefectures = Prefectures.InRegion(region);

        Assert.Equal(codes, prefectures.Select(p => p.Code));
    }
}
