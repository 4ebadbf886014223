namespace ExchangeHub.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void New_Called_ReturnsDistinctIds() => Assert.NotEqual(Common.Ids.New(), Common.Ids.New());
}
