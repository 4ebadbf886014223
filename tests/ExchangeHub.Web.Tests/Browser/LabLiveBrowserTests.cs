using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed partial class LabLiveBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _liveTimeout = new() { Timeout = 45_000 };

    [Fact]
    public async Task LabPage_CaseStudyPublishedByMember_AppearsForAnonymousReaderWithoutReload()
    {
        // Arrange
        await using var author = await fixture.NewContextAsync();
        await using var reader = await fixture.NewContextAsync();
        var authorPage = await author.NewPageAsync();
        await PageSteps.SignUpAsync(authorPage, "佐藤 花子");
        var labUrl = await CreateLabAsync(authorPage, "仙北市地域DX推進ラボ");
        var readerPage = await reader.NewPageAsync();
        await readerPage.GotoAsync(labUrl);
        await Expect(readerPage.Locator("[data-lab-live][data-live-ready]")).ToBeAttachedAsync();
        await readerPage.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");
        var title = $"ドローンによる農薬散布の実証 {Guid.NewGuid():N}";

        // Act
        await PublishCaseStudyAsync(authorPage, labUrl, title);

        // Assert
        await Expect(readerPage.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync(_liveTimeout);
        Assert.True(await readerPage.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
    }

    [Fact]
    public async Task LiveClient_EventsPushedWhileSubscribing_AppliedOnceInSeqOrderAndResumedAfterReconnect()
    {
        // Arrange
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync(FakeHubScript.Install);
        await page.EvaluateAsync("""
            async () => {
              const { LiveClient } = await import("/js/live.js");
              const client = new LiveClient("/hubs/exchange", window.fakeSignalR);
              window.subscribed = client.subscribe("lab:x", 2, (e) => window.fakeHub.applied.push(e.seq));
              await new Promise((resolve) => setTimeout(resolve, 0));
            }
            """);

        // Act
        await page.EvaluateAsync($$"""
            async () => {
              const hub = window.fakeHub;
              hub.push({{FakeHubScript.Event(4)}});
              hub.push({{FakeHubScript.Event(5)}});
              hub.pending.shift()([{{FakeHubScript.Event(3)}}, {{FakeHubScript.Event(4)}}]);
              await window.subscribed;
              hub.push({{FakeHubScript.Event(5)}});
              hub.push({{FakeHubScript.Event(6)}});
              hub.reconnect();
              hub.pending.shift()([{{FakeHubScript.Event(6)}}, {{FakeHubScript.Event(7)}}]);
              await new Promise((resolve) => setTimeout(resolve, 0));
            }
            """);

        // Assert
        var applied = await page.EvaluateAsync<int[]>("() => window.fakeHub.applied");
        var invocations = await page.EvaluateAsync<string[]>("() => window.fakeHub.invocations.map((args) => args.join(' '))");
        Assert.Equal([3, 4, 5, 6, 7], applied);
        Assert.Equal(["Subscribe lab:x 2", "Subscribe lab:x 6"], invocations);
    }

    private static async Task<string> CreateLabAsync(IPage page, string name)
    {
        await page.GotoAsync("/labs/new");
        await page.GetByLabel("ラボ名", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("都道府県", new() { Exact = true }).SelectOptionAsync("05");
        await page.GetByLabel("市区町村", new() { Exact = true }).FillAsync("仙北市");
        await page.GetByLabel("農業", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("ビジョン", new() { Exact = true }).FillAsync("ドローンで中山間地域の農業と物流を支えます。");
        await page.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await page.WaitForURLAsync(LabUrl());
        return page.Url;
    }

    private static async Task PublishCaseStudyAsync(IPage page, string labUrl, string title)
    {
        await page.GotoAsync($"{labUrl}/case-studies/new");
        await page.GetByLabel("タイトル", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("概要", new() { Exact = true }).FillAsync("田沢湖周辺の圃場で、自治体と農協が連携して実証しました。");
        await page.GetByLabel("農業", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("本文", new() { Exact = true }).FillAsync("## 背景\n\n担い手の高齢化が進んでいます。");
        await page.GetByRole(AriaRole.Button, new() { Name = "公開する" }).ClickAsync();
        await page.WaitForURLAsync(CaseStudyUrl());
    }

    [GeneratedRegex("/labs/[0-9a-f]{32}$")]
    private static partial Regex LabUrl();

    [GeneratedRegex("/case-studies/[0-9a-f]{32}$")]
    private static partial Regex CaseStudyUrl();
}
