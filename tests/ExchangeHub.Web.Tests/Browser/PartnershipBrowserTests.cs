using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed partial class PartnershipBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _liveTimeout = new() { Timeout = 15_000 };

    [Fact]
    public async Task SearchThenRequestThenAccept_ConsortiumWithBothLabsExists()
    {
        // Arrange
        await using var asker = await fixture.SignUpAsync("仙北 一郎");
        await using var asked = await fixture.SignUpAsync("遠野 花子");
        var askerPage = asker.Page;
        var askedPage = asked.Page;
        var token = "zq" + Guid.NewGuid().ToString("N")[..8];
        var askingLab = await PageSteps.CreateLabThroughApiAsync(askerPage, "仙北市ドローン推進ラボ", "05");
        var askedLabName = $"遠野市ドローン物流ラボ {token}";
        var askedLab = await PageSteps.CreateLabThroughApiAsync(askedPage, askedLabName, "03");
        await askerPage.EvaluateAsync("""
            async (q) => {
              for (let i = 0; i < 50; i++) {
                if ((await (await fetch('/api/search?q=' + q)).json()).total > 0) return;
                await new Promise((resolve) => setTimeout(resolve, 100));
              }
            }
            """, token);

        // Act: the asking lab's admin finds the lab by searching and asks it to partner.
        await askerPage.GotoAsync("/search");
        await askerPage.GetByLabel("キーワード", new() { Exact = true }).FillAsync($"どろーん {token}");
        await askerPage.GetByRole(AriaRole.Button, new() { Name = "検索する" }).ClickAsync();
        await askerPage.GetByRole(AriaRole.Link, new() { Name = askedLabName }).ClickAsync();
        await askerPage.WaitForURLAsync($"**/labs/{askedLab}");
        await askerPage.GetByRole(AriaRole.Link, new() { Name = "連携を申し込む" }).ClickAsync();
        await askerPage.GetByLabel("メッセージ（任意）", new() { Exact = true }).FillAsync("ドローン物流の共同申請をご一緒しませんか。");
        await askerPage.GetByRole(AriaRole.Button, new() { Name = "申し込む" }).ClickAsync();
        await Expect(askerPage.GetByText("連携を申し込みました。")).ToBeVisibleAsync();
        await Expect(askerPage.Locator("[data-inbox][data-live-ready]")).ToBeAttachedAsync();

        // Act: the asked lab's admin accepts from the requests inbox.
        await askedPage.GotoAsync("/partners/requests");
        await Expect(askedPage.GetByText("ドローン物流の共同申請をご一緒しませんか。")).ToBeVisibleAsync();
        await askedPage.GetByRole(AriaRole.Button, new() { Name = "承諾する" }).ClickAsync();
        await Expect(askedPage.GetByText("申し込みを承諾しました。コンソーシアムに参加しています。")).ToBeVisibleAsync();

        // Assert: the consortium holds both labs, and the asker heard of it live.
        var consortiumUrl = await askedPage.GetByRole(AriaRole.Link, new() { Name = "コンソーシアムを開く" }).GetAttributeAsync("href") ?? "";
        Assert.Matches(ConsortiumUrl(), consortiumUrl);
        var joined = await askedPage.EvaluateAsync<string[]>("""
            async (url) => (await (await fetch('/api' + url)).json()).members.filter((m) => m.state === 'joined').map((m) => m.labId).sort()
            """, consortiumUrl);
        Assert.Equal(new[] { askingLab, askedLab }.Order(StringComparer.Ordinal), joined);
        await Expect(askerPage.Locator("[data-inbox-count]")).ToBeVisibleAsync(_liveTimeout);
    }

    [GeneratedRegex("^/consortia/[0-9a-f]{32}$")]
    private static partial Regex ConsortiumUrl();
}
