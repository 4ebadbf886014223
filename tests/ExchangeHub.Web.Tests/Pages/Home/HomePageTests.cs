using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.Home;

public sealed partial class HomePageTests(HubServer server)
{
    private const int FeedLength = 12;

    [Fact]
    public async Task Home_Anonymous_ShowsFiguresChartsMapAndALiveFeed()
    {
        var html = await server.AnonymousHtmlAsync("/");

        PageVisit.Shows(
            html,
            "今月の事例",
            "受付中のメンター相談",
            "メンター初回回答(中央値)",
            "class=\"chart-line\"",
            "地方別のラボ数",
            "data-stream=\"activity\"",
            "aria-live=\"polite\"",
            "/js/activity-feed.js",
            "/lib/signalr/signalr.min.js",
            "/labs?prefecture=05");
    }

    [Fact]
    public async Task Home_AfterACaseStudyIsPublished_ListsItInTheFeedWithALink()
    {
        var labName = "ホーム掲載ラボ " + Guid.NewGuid().ToString("N");
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server, labName: labName);
        await using var live = await LiveClient.ConnectAsync(server);
        await live.SubscribeAsync("activity", (await server.NewClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/activity")).GetProperty("lastSeq").GetInt64());
        var title = "ホームに出る事例 " + Guid.NewGuid().ToString("N");
        var caseStudyId = (await admin.PublishCaseStudyAsync(labId, title)).Id();
        var seq = (await live.WaitForAsync(e => e.Data.Text("title") == title)).Seq;

        var html = await server.AnonymousHtmlAsync("/");

        // Other tests add to the same feed; only a dozen newer items could push this one off the page.
        var renderedSeq = long.Parse(FeedSeq().Match(html).Groups["seq"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(renderedSeq - seq >= FeedLength
            || html.Contains($"<a href=\"/case-studies/{caseStudyId}\">{labName}が事例「{title}」を公開しました</a>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Home_AfterAConsortiumIsFormed_NeverShowsItsName()
    {
        var (admin, labId) = await PageVisit.SignUpWithLabAsync(server);
        var secret = "非公開の連携 " + Guid.NewGuid().ToString("N");
        await admin.FormConsortiumAsync(labId, secret);

        var html = await server.AnonymousHtmlAsync("/");

        Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-stream=\"activity\" data-last-seq=\"(?<seq>[0-9]+)\"")]
    private static partial Regex FeedSeq();
}
