using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed class ConsortiumBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveAttributeOptions _liveAttribute = new() { Timeout = 45_000 };
    private static readonly LocatorAssertionsToContainTextOptions _liveText = new() { Timeout = 45_000 };
    private static readonly LocatorAssertionsToHaveValueOptions _liveValue = new() { Timeout = 45_000 };

    [Fact]
    public async Task ConsortiumPage_InvitedLabAcceptsFromItsInbox_LeadSeesItJoinWithoutReload()
    {
        // Arrange
        await using var leadUser = await fixture.SignUpAsync("佐藤 花子");
        await using var partnerUser = await fixture.SignUpAsync("鈴木 健太");
        var lead = leadUser.Page;
        var partner = partnerUser.Page;
        await PageSteps.CreateLabThroughApiAsync(lead, $"仙北市地域DX推進ラボ {Guid.NewGuid():N}");
        var partnerLabName = $"会津若松市地域DX推進ラボ {Guid.NewGuid():N}";
        var partnerLab = await PageSteps.CreateLabThroughApiAsync(partner, partnerLabName);
        var consortiumUrl = await PageSteps.FormConsortiumAsync(lead, $"中山間地ドローン物流連携 {Guid.NewGuid():N}");
        await InviteAsync(lead, partnerLabName, partnerLab);
        var member = lead.Locator($"[data-member-list] [data-lab-id='{partnerLab}']");
        await Expect(member).ToHaveAttributeAsync("data-state", "invited");
        await Expect(lead.Locator("[data-consortium-live][data-live-ready]")).ToBeAttachedAsync();
        await lead.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");

        // Act
        await partner.GotoAsync("/consortia/invitations");
        await partner.GetByRole(AriaRole.Button, new() { Name = "参加する" }).ClickAsync();
        await partner.WaitForURLAsync(consortiumUrl);

        // Assert
        await Expect(member).ToHaveAttributeAsync("data-state", "joined", _liveAttribute);
        await Expect(member.Locator("[data-field='state']")).ToHaveTextAsync("参加");
        await Expect(lead.Locator("[data-live-announcer]").First).ToContainTextAsync(partnerLabName);
        Assert.True(await lead.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
    }

    [Fact]
    public async Task ApplicationEditor_TwoMembersSaveDifferentSections_EachSeesTheOthersTextWithoutReload()
    {
        // Arrange
        var (lead, partner, contexts) = await TwoMembersInTheEditorAsync();
        await using var _ = contexts;
        var vision = $"山あいの集落でも、ドローンで農産物を出荷できる地域へ。{Guid.NewGuid():N}";
        var plan = $"仙北市が運航を、会津若松市がデータ連携を担う。{Guid.NewGuid():N}";

        // Act
        await lead.GetByLabel("ビジョン（Markdown）").FillAsync(vision);
        await lead.GetByRole(AriaRole.Button, new() { Name = "ビジョンを保存" }).ClickAsync();
        await partner.GetByLabel("実施計画（Markdown）").FillAsync(plan);
        await partner.GetByRole(AriaRole.Button, new() { Name = "実施計画を保存" }).ClickAsync();

        // Assert
        await Expect(partner.GetByLabel("ビジョン（Markdown）")).ToHaveValueAsync(vision, _liveValue);
        await Expect(partner.Locator("#vision [data-preview-target]")).ToContainTextAsync(vision);
        await Expect(lead.GetByLabel("実施計画（Markdown）")).ToHaveValueAsync(plan, _liveValue);
        await Expect(lead.Locator("#plan [data-version-badge]")).ToHaveTextAsync("版 1");
        await Expect(lead.Locator("[data-history]")).ToContainTextAsync("鈴木 健太さんが実施計画を保存（版 1）", _liveText);
        Assert.True(await lead.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
        Assert.True(await partner.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
    }

    [Fact]
    public async Task ApplicationEditor_OtherSavesTheSectionBeingEdited_KeepsTheDraftAndShowsTheConflictOnSave()
    {
        // Arrange
        var (lead, partner, contexts) = await TwoMembersInTheEditorAsync();
        await using var _ = contexts;
        var draft = $"鈴木の下書き {Guid.NewGuid():N}";
        var saved = $"佐藤が先に保存した文 {Guid.NewGuid():N}";
        await partner.GetByLabel("ビジョン（Markdown）").FillAsync(draft);

        // Act
        await lead.GetByLabel("ビジョン（Markdown）").FillAsync(saved);
        await lead.GetByRole(AriaRole.Button, new() { Name = "ビジョンを保存" }).ClickAsync();
        await Expect(partner.Locator("#vision [data-remote-notice]")).ToContainTextAsync("佐藤 花子さんがこの項目を保存しました（版 1）", _liveText);
        await partner.GetByRole(AriaRole.Button, new() { Name = "ビジョンを保存" }).ClickAsync();

        // Assert
        var conflict = partner.Locator("#vision [data-conflict]");
        await Expect(conflict).ToContainTextAsync("佐藤 花子 さんが保存しました", _liveText);
        await Expect(conflict.Locator("[data-conflict-theirs]")).ToContainTextAsync(saved);
        await Expect(conflict.Locator("[data-conflict-mine]")).ToContainTextAsync(draft);
        await Expect(partner.GetByLabel("ビジョン（Markdown）")).ToHaveValueAsync(draft);
    }

    /// <summary>Two people, each the admin of their own lab, both in one consortium and both on its application editor.</summary>
    private async Task<(IPage Lead, IPage Partner, Contexts Contexts)> TwoMembersInTheEditorAsync()
    {
        var contexts = new Contexts(await fixture.SignUpAsync("佐藤 花子"), await fixture.SignUpAsync("鈴木 健太"));
        var lead = contexts.Lead.Page;
        var partner = contexts.Partner.Page;
        var leadLab = await PageSteps.CreateLabThroughApiAsync(lead, $"仙北市地域DX推進ラボ {Guid.NewGuid():N}");
        var partnerLab = await PageSteps.CreateLabThroughApiAsync(partner, $"会津若松市地域DX推進ラボ {Guid.NewGuid():N}");
        var id = await lead.EvaluateAsync<string>("""
            async ([leadLabId, labId]) => {
              const send = (url, body) => fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
              const consortium = await (await send("/api/consortia", { name: "中山間地ドローン物流連携", purpose: "共同申請", leadLabId })).json();
              await send(`/api/consortia/${consortium.id}/invitations`, { labId });
              return consortium.id;
            }
            """, new[] { leadLab, partnerLab });
        await partner.EvaluateAsync("async ([id, labId]) => { await fetch(`/api/consortia/${id}/invitations/${labId}/accept`, { method: 'POST' }); }", new[] { id, partnerLab });
        foreach (var page in new[] { lead, partner })
        {
            await page.GotoAsync($"/consortia/{id}/application");
            await Expect(page.Locator("[data-application][data-live-ready]")).ToBeAttachedAsync();
            await page.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");
        }

        return (lead, partner, contexts);
    }

    private static async Task InviteAsync(IPage page, string labName, string labId)
    {
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "ラボを名前で探す" }).FillAsync(labName);
        await page.GetByRole(AriaRole.Button, new() { Name = "探す", Exact = true }).ClickAsync();
        await page.GetByLabel("招待するラボ", new() { Exact = true }).SelectOptionAsync(labId);
        await page.GetByRole(AriaRole.Button, new() { Name = "招待する", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).GetByText("ラボを招待しました。")).ToBeVisibleAsync();
    }

    private sealed record Contexts(BrowserUser Lead, BrowserUser Partner) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Lead.DisposeAsync();
            await Partner.DisposeAsync();
        }
    }
}
