using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Web.Pages.Labs;

namespace ExchangeHub.Web.Tests.Pages.Labs;

public sealed class KpiLinesTests
{
    [Fact]
    public void TryParse_FullWidthBarsAndDigits_ReadsTheKpi()
    {
        var parsed = KpiLines.TryParse("ドローン散布面積｜ha｜１２｜２００｜48｜2027-03-31", out var kpis, out _);

        Assert.True(parsed);
        Assert.Equal(new Kpi("ドローン散布面積", "ha", 12, 200, 48, new DateOnly(2027, 3, 31)), Assert.Single(kpis));
    }

    [Fact]
    public void TryParse_LineWithoutTarget_ReportsItsNumber()
    {
        var parsed = KpiLines.TryParse("配送便数 | 便 | 0 | 120\n\n住民満足度 | 点 | 62", out _, out var badLine);

        Assert.False(parsed);
        Assert.Equal(3, badLine);
    }

    [Fact]
    public void Format_ParsedAgain_GivesTheSameKpis()
    {
        Kpi[] kpis = [new("配送便数", "便", 0, 120), new("散布面積", "ha", 12.5m, 200, 48, new DateOnly(2027, 3, 31))];

        var parsed = KpiLines.TryParse(KpiLines.Format(kpis), out var again, out _);

        Assert.True(parsed);
        Assert.Equal(kpis, again);
    }
}
