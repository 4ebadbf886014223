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
        var html = await server.NewClient().GetStringAsync("/");

        Assert.Contains("今月の事例", html, StringComparison.Ordinal);
        Assert.Contains("受付中のメンター相談", html, StringComparison.Ordinal);
        Assert.Contains("メンター初回回答(中央値)", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart-line\"", html, StringComparison.Ordinal);
        Assert.Contains("地方別のラボ数", html, StringComparison.Ordinal);
        Assert.Contains("data-stream=\"activity\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/activity-feed.js", html, StringComparison.Ordinal);
        Assert.Contains("/lib/signalr/signalr.min.js", html, StringComparison.Ordinal);
        Assert.Contains("/labs?prefecture=05", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_AfterACaseStudyIsPublished_ListsItInTheFeedWithALink()
    {
        var admin = await Person.SignUpAsync(server);
        var labName = "ホーム掲載ラボ " + Guid.NewGuid().ToString("N");
        var labId = (await admin.CreateLabAsync(labName)).Id();
        await using var live = await LiveClient.ConnectAsync(server);
        await live.SubscribeAsync("activity", (await server.NewClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/activity")).GetProperty("lastSeq").GetInt64());
        var title = "ホームに出る事例 " + Guid.NewGuid().ToString("N");
        var caseStudyId = (await admin.PublishCaseStudyAsync(labId, title)).Id();
        var seq = (await live.WaitForAsync(e => e.Data.Text("title") == title)).Seq;

        var html = await server.NewClient().GetStringAsync("/");

        // Other tests add to the same feed; only a dozen newer items could push this one off the page.
        var renderedSeq = long.Parse(FeedSeq().Match(html).Groups["seq"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(renderedSeq - seq >= FeedLength
            || html.Contains($"<a href=\"/case-studies/{caseStudyId}\">{labName}が事例「{title}」を公開しました</a>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Home_AfterAConsortiumIsFormed_NeverShowsItsName()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();
        var secret = "非公開の連携 " + Guid.NewGuid().ToString("N");
        await admin.FormConsortiumAsync(labId, secret);

        var html = await server.NewClient().GetStringAsync("/");

        Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-stream=\"activity\" data-last-seq=\"(?<seq>[0-9]+)\"")]
    private static partial Regex FeedSeq();
}
