using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

/// <summary>What people do on the Japanese pages before the part a test is about.</summary>
internal static partial class PageSteps
{
    public static async Task SignUpAsync(IPage page, string displayName, string? email = null)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("表示名", new() { Exact = true }).FillAsync(displayName);
        await page.GetByLabel("メールアドレス", new() { Exact = true }).FillAsync(email ?? $"member-{Guid.NewGuid():N}@example.jp");
        await page.GetByLabel("パスワード", new() { Exact = true }).FillAsync("senboku-drone-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "ログアウト" })).ToBeVisibleAsync();
    }

    /// <summary>Registers a lab through its form and returns the lab page's address.</summary>
    public static async Task<string> CreateLabAsync(IPage page, string name)
    {
        await page.GotoAsync("/labs/new");
        // The form's scripts must have run before it is filled, or a slow machine could see them redo a filled field.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByLabel("ラボ名", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("都道府県", new() { Exact = true }).SelectOptionAsync("05");
        await page.GetByLabel("市区町村", new() { Exact = true }).FillAsync("仙北市");
        await page.GetByLabel("農業", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("ビジョン", new() { Exact = true }).FillAsync("ドローンで中山間地域の農業と物流を支えます。");
        await page.GetByRole(AriaRole.Button, new() { Name = "登録する" }).ClickAsync();
        try
        {
            // The address, then a quiet network, rather than the load event: once, under a full test run, Chromium
            // reported the lab page's network idle but never its load, and the step waited out its timeout.
            await page.WaitForURLAsync(LabUrl(), new() { WaitUntil = WaitUntilState.Commit });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        catch (TimeoutException timeout)
        {
            var problems = await page.Locator(".form-problem, .field-error").AllInnerTextsAsync();
            throw new TimeoutException($"The lab form stayed at {page.Url}: {string.Join(" / ", problems)}", timeout);
        }

        return page.Url;
    }

    /// <summary>Registers a lab through the API from the signed-in page, for tests about something else; returns its id.</summary>
    public static Task<string> CreateLabThroughApiAsync(IPage page, string name, string prefecture = "05") => page.EvaluateAsync<string>("""
        async ([name, prefecture]) => {
          const response = await fetch("/api/labs", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({
              name, prefecture, municipality: "仙北市", programme: "dx", themes: ["logistics"],
              needs: ["ドローン操縦者の確保"], offers: ["中山間地のドローン物流ノウハウ"], vision: "ドローンで山あいの集落を結びます。",
            }),
          });
          return (await response.json()).id;
        }
        """, new[] { name, prefecture });

    /// <summary>Publishes a case study through its form and returns the case study page's address.</summary>
    public static async Task<string> PublishCaseStudyAsync(IPage page, string labUrl, string title)
    {
        await page.GotoAsync($"{labUrl}/case-studies/new");
        await page.GetByLabel("タイトル", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("概要", new() { Exact = true }).FillAsync("田沢湖周辺の圃場で、自治体と農協が連携して実証しました。");
        await page.GetByLabel("農業", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("本文", new() { Exact = true }).FillAsync("## 背景\n\n担い手の高齢化が進んでいます。");
        await page.GetByRole(AriaRole.Button, new() { Name = "公開する" }).ClickAsync();
        await page.WaitForURLAsync(CaseStudyUrl());
        return page.Url;
    }

    /// <summary>Starts a public thread through its form and returns the thread page's address.</summary>
    public static async Task<string> StartThreadAsync(IPage page, string title, string body)
    {
        await page.GotoAsync("/threads/new?space=public");
        await page.GetByLabel("タイトル", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("本文", new() { Exact = true }).FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "スレッドを立てる" }).ClickAsync();
        await page.WaitForURLAsync(ThreadUrl());
        return page.Url;
    }

    /// <summary>Forms a consortium led by the person's lab through its form and returns the consortium page's address.</summary>
    public static async Task<string> FormConsortiumAsync(IPage page, string name)
    {
        await page.GotoAsync("/consortia");
        await page.GetByLabel("コンソーシアム名", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("目的", new() { Exact = true }).FillAsync("中山間地の物流をドローンで共同実証する。");
        await page.GetByLabel("申請の締切日", new() { Exact = true }).FillAsync("2030-03-29");
        await page.GetByRole(AriaRole.Button, new() { Name = "結成する" }).ClickAsync();
        await page.WaitForURLAsync(ConsortiumUrl());
        return page.Url;
    }

    /// <summary>Sends a JSON body with the context's cookie, as the pages' scripts do, and returns the answer's JSON.</summary>
    public static async Task<JsonElement> PostJsonAsync(IBrowserContext context, string path, object body)
    {
        var response = await context.APIRequest.PostAsync(path, new() { DataObject = body });
        Assert.True(response.Ok, $"{path} answered {response.Status}");
        return (await response.JsonAsync()) ?? throw new InvalidOperationException("The answer had no body.");
    }

    [GeneratedRegex("/labs/[0-9a-f]{32}$")]
    public static partial Regex LabUrl();

    [GeneratedRegex("/case-studies/[0-9a-f]{32}$")]
    public static partial Regex CaseStudyUrl();

    [GeneratedRegex("/threads/[0-9a-f]{32}$")]
    public static partial Regex ThreadUrl();

    [GeneratedRegex("/consortia/[0-9a-f]{32}$")]
    public static partial Regex ConsortiumUrl();

    [GeneratedRegex("/mentor-requests/[0-9a-f]{32}$")]
    public static partial Regex MentorRequestUrl();
}
