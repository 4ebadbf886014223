using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed class ThreadLiveBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _liveTimeout = new() { Timeout = 45_000 };
    private static readonly LocatorAssertionsToHaveTextOptions _badgeTimeout = new() { Timeout = 45_000 };

    [Fact]
    public async Task ThreadPage_ReplyMentioningReader_AppearsLiveAndRaisesTheirInboxBadgeWithoutReload()
    {
        // Arrange
        await using var starter = await fixture.SignUpAsync("佐藤 花子");
        await using var reader = await fixture.SignUpAsync("鈴木 健太");
        var starterPage = starter.Page;
        var readerPage = reader.Page;
        var handle = await readerPage.EvaluateAsync<string>("async () => (await (await fetch('/api/me')).json()).handle");
        var threadUrl = await PageSteps.StartThreadAsync(starterPage, $"農業用ドローンの保険 {Guid.NewGuid():N}", "散布中の事故に、皆さんはどう備えていますか?");
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

    [Fact]
    public async Task ThreadPage_PresenceAndTypingSignals_ShowWhoIsHereAndThrottleOwnTyping()
    {
        // Arrange
        await using var user = await fixture.SignUpAsync("佐藤 花子");
        var page = user.Page;
        var threadUrl = await PageSteps.StartThreadAsync(page, $"観光DXの始め方 {Guid.NewGuid():N}", "まず何から始めましたか?");
        await page.RouteAsync("**/lib/signalr/signalr.min.js?*", route => route.FulfillAsync(new()
        {
            ContentType = "text/javascript",
            Body = SignalScript,
        }));
        await page.GotoAsync(threadUrl);
        await Expect(page.Locator("[data-thread-live][data-live-ready]")).ToBeAttachedAsync();
        var stream = await page.Locator("[data-thread-live]").GetAttributeAsync("data-stream");
        var me = await page.EvaluateAsync<string>("() => document.body.dataset.userId");

        // Act
        await page.EvaluateAsync("""
            ([stream, me]) => {
              const signal = window.fakeHub.handlers.signal;
              signal({ stream, type: "presence", data: { viewers: [{ userId: me, displayName: "佐藤 花子" }, { userId: "u2", displayName: "鈴木 健太" }] } });
              signal({ stream, type: "typing", data: { userId: "u2", displayName: "鈴木 健太" } });
            }
            """, new[] { stream, me });
        await page.GetByLabel("本文", new() { Exact = true }).PressSequentiallyAsync("農協に");

        // Assert
        await Expect(page.Locator("[data-presence]")).ToHaveTextAsync("閲覧中：鈴木 健太");
        await Expect(page.Locator("[data-typing]")).ToHaveTextAsync("鈴木 健太さんが入力中…");
        var typingCalls = await page.EvaluateAsync<int>("() => window.fakeHub.invocations.filter(([method]) => method === 'Typing').length");
        Assert.Equal(1, typingCalls);
    }

    // Stands in for the SignalR browser client, so signals can be sent to the page whatever the hub supports.
    private const string SignalScript = """
        (() => {
          const hub = { handlers: {}, invocations: [] };
          const connection = {
            state: "Disconnected",
            on(name, handler) { hub.handlers[name.toLowerCase()] = handler; },
            onreconnected() {},
            async start() { this.state = "Connected"; },
            async invoke(...args) { hub.invocations.push(args); return []; },
          };
          const builder = {
            withUrl() { return builder; },
            withAutomaticReconnect() { return builder; },
            withStatefulReconnect() { return builder; },
            build() { return connection; },
          };
          window.fakeHub = hub;
          window.signalR = { HubConnectionBuilder: function () { return builder; } };
        })();
        """;
}
