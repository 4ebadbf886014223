using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser.Accessibility;

public sealed class AccessibilityBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] _cultures = ["ja", "en"];

    // Printable documents have no site navigation by design.
    private static readonly string[] _documents = ["/consortia/{id}/application/print", "/labs/{labId}/transition-plan/print"];

    [Fact]
    public async Task EveryPage_JapaneseAndEnglish_NoWcagViolationsAndUsableAt375Pixels()
    {
        // Arrange
        var clock = Stopwatch.StartNew();
        using var seeded = await SeededPages.OtherLabAsync(fixture.App.ServerAddress);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var visits = 0;

        // Act
        foreach (var culture in _cultures)
        {
            await ChooseCultureAsync(page, culture);
            foreach (var url in seeded.Anonymous.Values)
            {
                problems.AddRange(await PageAudit.VisitAsync(page, $"{culture} anonymous", url, documentOnly: false));
                visits++;
            }
        }

        // The same browser signs up, in Japanese, and owns real data behind every page.
        await ChooseCultureAsync(page, "ja");
        await PageSteps.SignUpAsync(page, "佐藤 花子");
        var signedIn = await seeded.SignedInAsync(page);
        foreach (var culture in _cultures)
        {
            await ChooseCultureAsync(page, culture);
            foreach (var (route, url) in signedIn)
            {
                problems.AddRange(await PageAudit.VisitAsync(page, culture, url, _documents.Contains(route)));
                visits++;
            }
        }

        // The programme office signs in as an operator in a context of its own.
        await using var officeContext = await fixture.NewContextAsync();
        var office = await officeContext.NewPageAsync();
        await PageSteps.SignUpAsync(office, "事務局 運営", KestrelAppFactory.OperatorEmail);
        foreach (var culture in _cultures)
        {
            await ChooseCultureAsync(office, culture);
            foreach (var url in SeededPages.Operator.Values)
            {
                problems.AddRange(await PageAudit.VisitAsync(office, $"{culture} operator", url, documentOnly: false));
                visits++;
            }
        }

        // Assert
        var visited = signedIn.Keys.Concat(SeededPages.Operator.Keys).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{visits} visits of {visited.Count} pages in {clock.Elapsed.TotalSeconds:F0} s");
        Assert.Equal(PageRoutes().Order(StringComparer.Ordinal), visited.Order(StringComparer.Ordinal));
        Assert.True(problems.Count == 0, $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    private IEnumerable<string> PageRoutes() => fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(endpoint => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        .Select(endpoint => "/" + endpoint.RoutePattern.RawText?.TrimStart('/'))
        .Distinct();

    // Through the header's language switch, as a person would; the page's lang follows.
    private static async Task ChooseCultureAsync(IPage page, string culture)
    {
        await page.GotoAsync("/");
        await page.Locator($".lang-switch button[value^='{culture}']").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture == "ja" ? "ja-JP" : "en");
    }
}
