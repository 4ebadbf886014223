using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

public sealed class MentorDeskBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions _live = new() { Timeout = 45_000 };

    [Fact]
    public async Task MentorDesk_RequestClaimedAndAnswered_RequesterSeesItLiveAndResolvesWithARating()
    {
        // Arrange: a mentor on duty watching the desk, and a lab member in another browser.
        await using var mentorUser = await fixture.SignUpAsync("田中 メンター");
        var mentor = mentorUser.Page;
        await mentor.GotoAsync("/mentors/me");
        await mentor.GetByLabel("農業", new() { Exact = true }).CheckAsync();
        await mentor.GetByLabel("自己紹介", new() { Exact = true }).FillAsync("スマート農業の導入を10年支援しています。");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await Expect(mentor.GetByText("当番中", new() { Exact = true })).ToBeVisibleAsync();
        await mentor.GotoAsync("/mentor-desk");
        await Expect(mentor.Locator("[data-desk-live][data-live-ready]")).ToBeAttachedAsync();
        await using var requesterUser = await fixture.SignUpAsync("佐藤 花子");
        var requester = requesterUser.Page;
        await PageSteps.CreateLabAsync(requester, "仙北市地域DX推進ラボ");
        var title = $"ドローン散布の飛行許可について {Guid.NewGuid():N}"[..30];

        // Act: the lab member asks; the mentor sees it appear, claims it and answers.
        await requester.GotoAsync("/mentor-requests/new");
        await requester.GetByLabel("件名", new() { Exact = true }).FillAsync(title);
        await requester.GetByLabel("相談内容", new() { Exact = true }).FillAsync("水田の農薬散布をドローンで始めたいのですが、**飛行許可**の取り方を教えてください。");
        await requester.GetByLabel("農業", new() { Exact = true }).CheckAsync();
        await requester.GetByRole(AriaRole.Button, new() { Name = "相談を送る" }).ClickAsync();
        await requester.WaitForURLAsync(PageSteps.MentorRequestUrl());
        await Expect(requester.Locator("[data-request-live][data-live-ready]")).ToBeAttachedAsync();
        await Expect(requester.Locator("[data-thread-live][data-live-ready]")).ToBeAttachedAsync();
        await requester.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");

        var card = mentor.Locator("[data-request-id]").Filter(new() { HasText = title });
        await Expect(card).ToBeVisibleAsync(_live);
        await card.GetByRole(AriaRole.Button, new() { Name = "この相談を受ける" }).ClickAsync();
        await mentor.WaitForURLAsync(PageSteps.MentorRequestUrl());
        await Expect(mentor.Locator("[data-thread-live][data-live-ready]")).ToBeAttachedAsync();
        await mentor.GetByLabel("返信", new() { Exact = true }).FillAsync("国交省の**DIPS 2.0**で包括申請できます。まず機体登録から始めましょう。");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "送信" }).ClickAsync();

        // Assert: the requester saw the claim and the answer without reloading, then resolves with a rating.
        await Expect(requester.Locator("[data-field=mentor]")).ToHaveTextAsync("田中 メンター", new() { Timeout = 45_000 });
        await Expect(requester.Locator(".posts").GetByText("DIPS 2.0")).ToBeVisibleAsync(_live);
        await Expect(requester.Locator("[data-field=status]")).ToHaveTextAsync("回答あり", new() { Timeout = 45_000 });
        Assert.True(await requester.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
        await requester.GetByLabel("★5", new() { Exact = true }).CheckAsync();
        await requester.GetByLabel("コメント(任意)", new() { Exact = true }).FillAsync("すぐに申請できました。");
        await requester.GetByRole(AriaRole.Button, new() { Name = "解決として閉じる" }).ClickAsync();
        await Expect(requester.Locator("[data-field=status]")).ToHaveTextAsync("解決");
        await mentor.GotoAsync("/mentors/me");
        await Expect(mentor.Locator(".mentor-stats")).ToContainTextAsync("★5.0");
    }

    [Fact]
    public async Task RequestPage_AnswerHiddenByModerator_RequesterSeesTheNoticeWithoutReload()
    {
        // Arrange: a lab member's request with an answer that was flagged, open on the request page.
        await using var requesterUser = await fixture.SignUpAsync("佐藤 花子");
        var requester = requesterUser.Page;
        var labId = await PageSteps.CreateLabThroughApiAsync(requester, "仙北市地域DX推進ラボ");
        var request = await PageSteps.PostJsonAsync(requesterUser.Context, "/api/mentor-requests",
            new { labId, title = "ドローン散布の飛行許可について", body = "許可の取り方を教えてください。", themes = new[] { "agriculture" }, urgency = "normal" });
        var threadId = request.GetProperty("threadId").GetString() ?? "";
        var seq = (await PageSteps.PostJsonAsync(requesterUser.Context, $"/api/threads/{threadId}/posts", new { body = "連絡先は 090-0000-0000 です" })).GetProperty("seq").GetInt64();
        await PageSteps.PostJsonAsync(requesterUser.Context, $"/api/threads/{threadId}/posts/{seq}/flags", new { reason = "個人情報" });
        await requester.GotoAsync($"/mentor-requests/{request.GetProperty("id").GetString()}");
        await Expect(requester.Locator("[data-thread-live][data-live-ready]")).ToBeAttachedAsync();
        await requester.EvaluateAsync("() => { window.exchangeHubNotReloaded = true; }");
        await using var officeContext = await fixture.NewContextAsync();
        await PageSteps.SignUpAsync(await officeContext.NewPageAsync(), "事務局 運営", KestrelAppFactory.OperatorEmail);

        // Act
        await PageSteps.PostJsonAsync(officeContext, $"/api/operator/flags/{threadId}/{seq}/hide", new { });

        // Assert
        var post = requester.Locator($"#post-{seq}");
        await Expect(post.GetByText("この投稿はモデレーターにより非表示になりました。")).ToBeVisibleAsync(_live);
        await Expect(post.Locator("[data-field=html]")).ToBeHiddenAsync();
        Assert.True(await requester.EvaluateAsync<bool>("() => window.exchangeHubNotReloaded === true"));
    }
}
