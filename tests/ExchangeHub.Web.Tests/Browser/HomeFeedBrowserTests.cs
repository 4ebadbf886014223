using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed class HomeFeedBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _liveTimeout = new() { Timeout = 45_000 };

    [Fact]
    public async Task HomeFeed_CaseStudyPublished_AppearsForAnonymousVisitorWithoutReload()
    {
        // Arrange
        await using var author = await fixture.NewContextAsync();
        await using var visitor = await fixture.NewContextAsync();
        var authorPage = await author.NewPageAsync();
        await PageSteps.SignUpAsync(authorPage, "佐藤 花子");
        var labName = "ホーム速報ラボ " + Guid.NewGuid().ToString("N")[..8];
        var lab = await PageSteps.PostJsonAsync(author, "/api/labs", new
        {
            name = labName,
            prefecture = "05",
            municipality = "仙北市",
            programme = "dx",
            themes = new[] { "agriculture" },
            needs = Array.Empty<string>(),
            offers = Array.Empty<string>(),
            vision = "ドローンで農業を支える",
        });
        var visitorPage = await visitor.NewPageAsync();
        await visitorPage.GotoAsync("/");
        await Expect(visitorPage.Locator("[data-activity-live][data-live-ready]")).ToBeAttachedAsync();
        await visitorPage.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");
        var title = $"田沢湖のドローン実証 {Guid.NewGuid():N}"[..24];

        // Act
        await PageSteps.PostJsonAsync(author, $"/api/labs/{lab.GetProperty("id").GetString()}/case-studies", new
        {
            title,
            summary = "自治体と農協が連携して実証しました。",
            body = "## 背景\n\n担い手の高齢化が進んでいます。",
            themes = new[] { "agriculture" },
        });

        // Assert
        var item = visitorPage.Locator("[data-live-list]").GetByRole(AriaRole.Link, new() { Name = $"{labName}が事例「{title}」を公開しました" });
        await Expect(item).ToBeVisibleAsync(_liveTimeout);
        Assert.True(await visitorPage.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
        Assert.EndsWith("/case-studies/", (await item.GetAttributeAsync("href"))?[..^32] ?? "", StringComparison.Ordinal);
    }
}
