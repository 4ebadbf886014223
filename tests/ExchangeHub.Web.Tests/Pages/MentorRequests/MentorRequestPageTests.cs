using System.Net.Http.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Pages.MentorRequests;

public sealed class MentorRequestPageTests(HubServer server)
{
    [Fact]
    public async Task RequestPage_PostHiddenByModerator_ShowsTheNoticeInsteadOfTheText()
    {
        var requester = await Person.SignUpAsync(server, "依頼 太郎");
        var (_, request) = await requester.LabWithRequestAsync(["agriculture"]);
        var threadId = request.Text("threadId");
        var seq = (await requester.PostAsync(threadId, "連絡先は 090-0000-0000 です")).GetProperty("seq").GetInt64();
        var office = await MentorDesk.OperatorAsync(server);
        (await requester.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/{seq}/flags", new { reason = "個人情報" })).EnsureSuccessStatusCode();
        (await office.Client.PostAsync($"/api/operator/flags/{threadId}/{seq}/hide", null)).EnsureSuccessStatusCode();

        var japanese = await requester.HtmlAsync($"/mentor-requests/{request.Id()}");
        var english = await requester.HtmlAsync($"/mentor-requests/{request.Id()}?culture=en");

        Assert.Contains(Notice("この投稿はモデレーターにより非表示になりました。"), Article(japanese, seq), StringComparison.Ordinal);
        Assert.Contains(Notice("This post was hidden by a moderator."), Article(english, seq), StringComparison.Ordinal);
    }

    // The shown notice, not the hidden copy that every post and the live template carry.
    private static string Notice(string text) => $"<p class=\"post-deleted\" data-field=\"hidden\">{text}</p>";

    private static string Article(string html, long seq)
    {
        var start = html.IndexOf($"id=\"post-{seq}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page shows no post {seq}.");
        return html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
    }
}
