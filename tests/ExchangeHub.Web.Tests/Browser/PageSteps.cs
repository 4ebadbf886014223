using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

/// <summary>What people do on the Japanese pages before the part a test is about.</summary>
internal static class PageSteps
{
    public static async Task SignUpAsync(IPage page, string displayName)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("表示名", new() { Exact = true }).FillAsync(displayName);
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync($"member-{Guid.NewGuid():N}@example.jp");
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync("senboku-drone-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" })).ToBeVisibleAsync();
    }
}
