using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Web.Pages.Shared;

namespace ExchangeHub.Web.Tests.Pages.Shared;

public sealed class JapanTilesTests
{
    [Fact]
    public void Tiles_EveryPrefectureOnce_NoTwoOnOneSquare_AllInsideTheMap()
    {
        var places = Prefectures.All.Select(p => JapanTiles.TopLeft(p.Code)).ToList();

        Assert.Equal(Prefectures.All.Select(p => p.Code), JapanTiles.Codes);
        Assert.Equal(places.Count, places.Distinct().Count());
        Assert.All(places, place => Assert.True(place.X + JapanTiles.Size <= JapanTiles.Width && place.Y + JapanTiles.Size <= JapanTiles.Height));
    }
}
