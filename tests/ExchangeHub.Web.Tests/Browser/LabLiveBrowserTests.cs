using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed class LabLiveBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _liveTimeout = new() { Timeout = 45_000 };

    [Fact]
    public async Task LabPage_CaseStudyPublishedByMember_AppearsForAnonymousReaderWithoutReload()
    {
        // Arrange
        await using var author = await fixture.SignUpAsync("佐藤 花子");
        await using var reader = await fixture.NewContextAsync();
        var authorPage = author.Page;
        var labUrl = await PageSteps.CreateLabAsync(authorPage, "仙北市地域DX推進ラボ");
        var readerPage = await reader.NewPageAsync();
        await readerPage.GotoAsync(labUrl);
        await Expect(readerPage.Locator("[data-lab-live][data-live-ready]")).ToBeAttachedAsync();
        await readerPage.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");
        var title = $"ドローンによる農薬散布の実証 {Guid.NewGuid():N}";

        // Act
        await PageSteps.PublishCaseStudyAsync(authorPage, labUrl, title);

        // Assert
        await Expect(readerPage.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync(_liveTimeout);
        Assert.True(await readerPage.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
    }

    [Fact]
    public async Task LiveClient_EventsPushedWhileSubscribing_AppliedOnceInSeqOrderAndResumedAfterReconnect()
    {
        // Arrange
        await using var context = await fixture.NewContextAsync();
        var page = await SubscribeWithFakeHubAsync(context, afterSeq: 2);

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

    [Fact]
    public async Task LiveClient_CatchUpAnswerFull_AsksAgainFromItsLastEventBeforeApplyingPushes()
    {
        // Arrange
        await using var context = await fixture.NewContextAsync();
        var page = await SubscribeWithFakeHubAsync(context, afterSeq: 0);

        // Act: 1,500 events missed; the hub answers the first 1,000 while a new one is pushed.
        await page.EvaluateAsync($$"""
            async () => {
              const hub = window.fakeHub;
              const events = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => ({{FakeHubScript.EventOf("from + i")}}));
              hub.push({{FakeHubScript.Event(1501)}});
              hub.pending.shift()(events(1, 1000));
              await new Promise((resolve) => setTimeout(resolve, 0));
              hub.pending.shift()(events(1001, 1500));
              await window.subscribed;
            }
            """);

        // Assert
        var applied = await page.EvaluateAsync<int[]>("() => window.fakeHub.applied");
        var invocations = await page.EvaluateAsync<string[]>("() => window.fakeHub.invocations.map((args) => args.join(' '))");
        Assert.Equal(Enumerable.Range(1, 1501), applied);
        Assert.Equal(["Subscribe lab:x 0", "Subscribe lab:x 1000"], invocations);
    }

    // A page whose LiveClient, over the fake hub, has asked to follow "lab:x" from afterSeq and waits for the answer.
    private static async Task<IPage> SubscribeWithFakeHubAsync(IBrowserContext context, int afterSeq)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.EvaluateAsync(FakeHubScript.Install);
        await page.EvaluateAsync("""
            async (afterSeq) => {
              const { LiveClient } = await import("/js/live.js");
              const client = new LiveClient("/hubs/exchange", window.fakeSignalR);
              window.subscribed = client.subscribe("lab:x", afterSeq, (e) => window.fakeHub.applied.push(e.seq));
              await new Promise((resolve) => setTimeout(resolve, 0));
            }
            """, afterSeq);
        return page;
    }
}
