using ExchangeHub.Core.Common;

namespace ExchangeHub.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void New_Called_ReturnsDistinctIds() => Assert.NotEqual(Ids.New(), Ids.New());
}
