using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser.Walkthrough;

/// <summary>The whole mission as people do it, through the pages only, each person in a browser of their own.</summary>
public sealed class MissionWalkthroughTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _live = new() { Timeout = 45_000 };
    private static readonly LocatorAssertionsToHaveTextOptions _liveText = new() { Timeout = 45_000 };

    [Fact]
    public async Task Mission_LabSharesDiscussesPartnersAppliesAndAsksAMentor_EachStepShowsOnThePages()
    {
        // Arrange: three people, each in their own browser.
        var pictures = new Screenshots();
        var token = "zq" + Guid.NewGuid().ToString("N")[..8];
        await using var sato = await fixture.SignUpAsync("佐藤 花子");
        await using var tono = await fixture.SignUpAsync("遠野 次郎");
        await using var tanaka = await fixture.SignUpAsync("田中 メンター");
        var page = sato.Page;

        // Act and assert: a lab, its case study and a post in the case study's discussion.
        var labUrl = await PageSteps.CreateLabAsync(page, $"仙北市地域DX推進ラボ {token}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("仙北市地域DX推進ラボ");
        var caseStudyTitle = $"ドローンによる農薬散布の実証 {token}";
        await PageSteps.PublishCaseStudyAsync(page, labUrl, caseStudyTitle);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(caseStudyTitle);
        await pictures.TakeAsync(page, "case-study");
        var post = $"散布後の生育データも共有します。{token}";
        await page.GetByLabel("本文", new() { Exact = true }).FillAsync(post);
        await page.GetByRole(AriaRole.Button, new() { Name = "投稿する" }).ClickAsync();
        await Expect(page.Locator("[data-post-list]").GetByText(post)).ToBeVisibleAsync(_live);
        await pictures.TakeAsync(page, "discussion");

        // A partner: the other lab is found by searching, asked from its page, and accepts from its own browser.
        var tonoLabName = $"遠野市ドローン物流ラボ {token}";
        var tonoLabUrl = await PageSteps.CreateLabAsync(tono.Page, tonoLabName);
        await SearchUntilFoundAsync(page, token, tonoLabName);
        await pictures.TakeAsync(page, "search");
        await page.GetByRole(AriaRole.Link, new() { Name = tonoLabName }).ClickAsync();
        await page.WaitForURLAsync(tonoLabUrl);
        await pictures.TakeAsync(page, "lab");
        await page.GetByRole(AriaRole.Link, new() { Name = "連携を申し込む" }).ClickAsync();
        await page.GetByLabel("メッセージ（任意）", new() { Exact = true }).FillAsync("ドローン物流の共同申請をご一緒しませんか。");
        await page.GetByRole(AriaRole.Button, new() { Name = "申し込む" }).ClickAsync();
        await Expect(page.GetByText("連携を申し込みました。")).ToBeVisibleAsync();
        await tono.Page.GotoAsync("/partners/requests");
        await tono.Page.GetByRole(AriaRole.Button, new() { Name = "承諾する" }).ClickAsync();
        await Expect(tono.Page.GetByText("申し込みを承諾しました。コンソーシアムに参加しています。")).ToBeVisibleAsync();
        await pictures.TakeAsync(tono.Page, "partnership-accepted");

        // The consortium both labs now form, and a section of its application drafted.
        await tono.Page.GetByRole(AriaRole.Link, new() { Name = "コンソーシアムを開く" }).ClickAsync();
        var consortiumUrl = tono.Page.Url;
        await page.GotoAsync(consortiumUrl);
        await Expect(page.Locator("[data-member-list] [data-state='joined']")).ToHaveCountAsync(2);
        await pictures.TakeAsync(page, "consortium");
        await page.GetByRole(AriaRole.Link, new() { Name = "申請書を開く" }).ClickAsync();
        var vision = $"山あいの集落でも、ドローンで農産物を出荷できる地域へ。{token}";
        await page.GetByLabel("ビジョン（Markdown）").FillAsync(vision);
        await page.GetByRole(AriaRole.Button, new() { Name = "ビジョンを保存" }).ClickAsync();
        await Expect(page.Locator("#vision [data-version-badge]")).ToHaveTextAsync("版 1", _liveText);
        await pictures.TakeAsync(page, "application");

        // A mentor on duty claims the lab's question and answers it; the lab rates the answer.
        var mentor = tanaka.Page;
        await mentor.GotoAsync("/mentors/me");
        await mentor.GetByLabel("農業", new() { Exact = true }).CheckAsync();
        await mentor.GetByLabel("自己紹介", new() { Exact = true }).FillAsync("スマート農業の導入を10年支援しています。");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await mentor.GotoAsync("/mentor-desk");
        await Expect(mentor.Locator("[data-desk-live][data-live-ready]")).ToBeAttachedAsync();
        var question = $"ドローン散布の飛行許可 {token}";
        await page.GotoAsync("/mentor-requests/new");
        await page.GetByLabel("件名", new() { Exact = true }).FillAsync(question);
        await page.GetByLabel("相談内容", new() { Exact = true }).FillAsync("水田の農薬散布をドローンで始めたいのですが、**飛行許可**の取り方を教えてください。");
        await page.GetByLabel("農業", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "相談を送る" }).ClickAsync();
        await page.WaitForURLAsync(PageSteps.MentorRequestUrl());
        var card = mentor.Locator("[data-request-id]").Filter(new() { HasText = question });
        await Expect(card).ToBeVisibleAsync(_live);
        await pictures.TakeAsync(mentor, "mentor-desk");
        await card.GetByRole(AriaRole.Button, new() { Name = "この相談を受ける" }).ClickAsync();
        await mentor.WaitForURLAsync(PageSteps.MentorRequestUrl());
        await mentor.GetByLabel("返信", new() { Exact = true }).FillAsync("国交省の**DIPS 2.0**で包括申請できます。まず機体登録から始めましょう。");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "送信" }).ClickAsync();
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("回答あり", _liveText);
        await page.GetByLabel("★5", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "解決として閉じる" }).ClickAsync();
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("解決");
        await pictures.TakeAsync(page, "mentor-request-resolved");
        await page.GotoAsync("/");
        await pictures.TakeAsync(page, "home");

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, pictures.Files));
        Assert.Equal(10, pictures.Files.Count);
    }

    // The index follows a new lab a moment later; searching again through the form is what a person would do.
    private static async Task SearchUntilFoundAsync(IPage page, string token, string labName)
    {
        var result = page.GetByRole(AriaRole.Link, new() { Name = labName });
        for (var attempt = 0; attempt < 30 && !await result.IsVisibleAsync(); attempt++)
        {
            await page.GotoAsync("/search");
            await page.GetByLabel("キーワード", new() { Exact = true }).FillAsync($"ドローン {token}");
            await page.GetByRole(AriaRole.Button, new() { Name = "検索する" }).ClickAsync();
            await page.WaitForURLAsync("**/search?**");
        }

        await Expect(result).ToBeVisibleAsync();
    }
}
