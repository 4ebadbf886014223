using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed partial class ThreadLiveBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _liveTimeout = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToHaveTextOptions _badgeTimeout = new() { Timeout = 15_000 };

    [Fact]
    public async Task ThreadPage_ReplyMentioningReader_AppearsLiveAndRaisesTheirInboxBadgeWithoutReload()
    {
        // Arrange
        await using var starter = await fixture.NewContextAsync();
        await using var reader = await fixture.NewContextAsync();
        var starterPage = await starter.NewPageAsync();
        var readerPage = await reader.NewPageAsync();
        await PageSteps.SignUpAsync(starterPage, "佐藤 花子");
        await PageSteps.SignUpAsync(readerPage, "鈴木 健太");
        var handle = await readerPage.EvaluateAsync<string>("async () => (await (await fetch('/api/me')).json()).handle");
        var threadUrl = await StartThreadAsync(starterPage, $"農業用ドローンの保険 {Guid.NewGuid():N}", "散布中の事故に、皆さんはどう備えていますか?");
        await readerPage.GotoAsync(threadUrl);
        await Expect(readerPage.Locator("[data-thread-live][data-live-ready]")).ToBeAttachedAsync();
        await Expect(readerPage.Locator("[data-inbox][data-live-ready]")).ToBeAttachedAsync();
        await Expect(readerPage.Locator("[data-inbox-count]")).ToBeHiddenAsync();
        await readerPage.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");
        var reply = $"@{handle} 農協の共済に入っています。{Guid.NewGuid():N}";

        // Act
        await starterPage.GetByLabel("本文", new() { Exact = true }).FillAsync(reply);
        await starterPage.GetByRole(AriaRole.Button, new() { Name = "投稿する" }).ClickAsync();

        // Assert
        await Expect(readerPage.Locator("#post-2").GetByText(reply)).ToBeVisibleAsync(_liveTimeout);
        await Expect(readerPage.Locator("[data-inbox-count]")).ToHaveTextAsync("1", _badgeTimeout);
        Assert.True(await readerPage.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
    }

    private static async Task<string> StartThreadAsync(IPage page, string title, string body)
    {
        await page.GotoAsync("/threads/new?space=public");
        await page.GetByLabel("タイトル", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("本文", new() { Exact = true }).FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "スレッドを立てる" }).ClickAsync();
        await page.WaitForURLAsync(ThreadUrl());
        return page.Url;
    }

    [GeneratedRegex("/threads/[0-9a-f]{32}$")]
    private static partial Regex ThreadUrl();
}
