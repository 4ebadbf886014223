using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed class LiveListBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _liveTimeout = new() { Timeout = 45_000 };

    [Fact]
    public async Task ConsortiaPage_LabInvitedElsewhere_ShowsTheInvitationWithoutReload()
    {
        // Arrange
        await using var lead = await fixture.NewContextAsync();
        await using var invited = await fixture.NewContextAsync();
        var leadPage = await lead.NewPageAsync();
        await PageSteps.SignUpAsync(leadPage, "佐藤 花子");
        var leadLab = await PageSteps.PostJsonAsync(lead, "/api/labs", Lab("仙北市地域DX推進ラボ"));
        var name = $"ドローン物流連携 {Guid.NewGuid():N}"[..20];
        var consortium = await PageSteps.PostJsonAsync(lead, "/api/consortia", new { name, purpose = "共同で申請する", leadLabId = Id(leadLab) });
        var invitedPage = await invited.NewPageAsync();
        await PageSteps.SignUpAsync(invitedPage, "鈴木 健太");
        var invitedLab = await PageSteps.PostJsonAsync(invited, "/api/labs", Lab("遠野市地域DX推進ラボ"));
        await invitedPage.GotoAsync("/consortia");
        await Expect(invitedPage.Locator("[data-live-region][data-live-ready]")).ToBeAttachedAsync();
        await invitedPage.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");

        // Act
        await PageSteps.PostJsonAsync(lead, $"/api/consortia/{Id(consortium)}/invitations", new { labId = Id(invitedLab) });

        // Assert
        await Expect(invitedPage.Locator("[data-live-region]").GetByText(name)).ToBeVisibleAsync(_liveTimeout);
        Assert.True(await invitedPage.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
    }

    private static object Lab(string name) => new
    {
        name,
        prefecture = "05",
        municipality = "仙北市",
        programme = "dx",
        themes = new[] { "logistics" },
        needs = Array.Empty<string>(),
        offers = Array.Empty<string>(),
        vision = "ドローンで物流を支える",
    };

    private static string Id(JsonElement element) => element.GetProperty("id").GetString() ?? "";
}
