using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Security;

public sealed class ProductionCookieTests(ProductionHubServer server) : IClassFixture<ProductionHubServer>
{
    [Fact]
    public async Task SignUp_OutsideDevelopment_AuthCookieIsSecure()
    {
        var cookie = await CrossSiteTests.AuthCookieAsync(server);

        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
