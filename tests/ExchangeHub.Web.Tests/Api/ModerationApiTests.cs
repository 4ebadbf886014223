using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class ModerationApiTests(HubServer server)
{
    [Fact]
    public async Task Flag_ReaderByPostIdOrSeq_QueuesOneFlagWithBothReports()
    {
        var (author, threadId, post) = await PostedAsync();
        var reader = await Person.SignUpAsync(server, "読者 一郎");
        var another = await Person.SignUpAsync(server, "読者 二郎");
        var office = await MentorDesk.OperatorAsync(server);

        var byId = await reader.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/{post.Id()}/flags", new { reason = "宣伝です" });
        var bySeq = await another.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/2/flags", new { reason = "不適切な表現" });

        var flags = await office.Client.GetFromJsonAsync<JsonElement>("/api/operator/flags");
        var flag = Assert.Single(flags.GetProperty("items").EnumerateArray(), f => f.Text("threadId") == threadId);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (byId.StatusCode, bySeq.StatusCode));
        Assert.Equal(author.DisplayName, flag.Text("authorName"));
        Assert.Equal(["宣伝です", "不適切な表現"], flag.GetProperty("reports").EnumerateArray().Select(r => r.Text("reason")));
    }

    [Fact]
    public async Task Flag_PostIdWithTheSeqItWasReadAt_ReadsThatPostAndChecksItsId()
    {
        var (_, threadId, post) = await PostedAsync();
        var reader = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);

        var otherSeq = await reader.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/{post.Id()}/flags", new { reason = "宣伝です", seq = 1 });
        var itsSeq = await reader.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/{post.Id()}/flags", new { reason = "宣伝です", seq = 2 });

        var flags = await office.Client.GetFromJsonAsync<JsonElement>("/api/operator/flags");
        var flag = Assert.Single(flags.GetProperty("items").EnumerateArray(), f => f.Text("threadId") == threadId);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Created), (otherSeq.StatusCode, itsSeq.StatusCode));
        Assert.Equal((2L, post.Id()), (flag.GetProperty("seq").GetInt64(), flag.Text("postId")));
    }

    [Fact]
    public async Task Flag_AnonymousBlankReasonOrUnknownPost_Returns401Or400Or404()
    {
        var (_, threadId, _) = await PostedAsync();
        var reader = await Person.SignUpAsync(server);

        var anonymous = await server.NewClient().PostAsJsonAsync($"/api/threads/{threadId}/posts/2/flags", new { reason = "宣伝" });
        var blank = await reader.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/2/flags", new { reason = "" });
        var unknown = await reader.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/99/flags", new { reason = "宣伝" });

        Assert.Equal(
            (HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest, HttpStatusCode.NotFound),
            (anonymous.StatusCode, blank.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task Flag_PostInAnotherLabsSpace_Returns403()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();
        var threadId = (await admin.StartThreadAsync($"lab:{labId}", "ラボ内の相談", "内部の話")).Id();
        var outsider = await Person.SignUpAsync(server);

        var response = await outsider.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/1/flags", new { reason = "宣伝" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Hide_Operator_EmptiesThePostForEveryoneClosesTheFlagAndPushesPostHidden()
    {
        var (author, threadId, _) = await PostedAsync();
        var reader = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        (await reader.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/2/flags", new { reason = "個人情報が書かれている" })).EnsureSuccessStatusCode();
        await using var watcher = await LiveClient.ConnectAsync(server, reader.Cookies);
        var lastSeq = (await reader.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}")).GetProperty("streamSeq").GetInt64();
        await watcher.SubscribeAsync($"thread:{threadId}", lastSeq);

        var hidden = await office.Client.PostAsync($"/api/operator/flags/{threadId}/2/hide", null);

        var pushed = await watcher.WaitForAsync(e => e.Type == "post.hidden");
        var posts = await reader.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}/posts?after=1&limit=1");
        var post = posts.GetProperty("items")[0];
        var flags = await office.Client.GetFromJsonAsync<JsonElement>("/api/operator/flags");
        var edit = await author.Client.PutAsJsonAsync($"/api/threads/{threadId}/posts/2", new { body = "書き直し" });
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.True(pushed.Data.GetProperty("hidden").GetBoolean());
        Assert.True(post.GetProperty("hidden").GetBoolean());
        Assert.Equal("", post.Text("body"));
        Assert.Equal("", post.Text("html"));
        Assert.DoesNotContain(flags.GetProperty("items").EnumerateArray(), f => f.Text("threadId") == threadId);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Fact]
    public async Task Dismiss_Operator_ClosesTheFlagOnceAndLeavesThePost()
    {
        var (_, threadId, _) = await PostedAsync();
        var reader = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        (await reader.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/2/flags", new { reason = "勘違いでした" })).EnsureSuccessStatusCode();

        var first = await office.Client.PostAsync($"/api/operator/flags/{threadId}/2/dismiss", null);
        var second = await office.Client.PostAsync($"/api/operator/flags/{threadId}/2/dismiss", null);

        var post = (await reader.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}/posts?after=1&limit=1")).GetProperty("items")[0];
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (first.StatusCode, second.StatusCode));
        Assert.False(post.GetProperty("hidden").GetBoolean());
        Assert.Equal("ドローンの保険は共済がおすすめです。", post.Text("body"));
    }

    private async Task<(Person Author, string ThreadId, JsonElement Post)> PostedAsync()
    {
        var starter = await Person.SignUpAsync(server, "佐藤 花子");
        var author = await Person.SignUpAsync(server, "鈴木 健太");
        var threadId = (await starter.StartThreadAsync()).Id();
        var post = await author.PostAsync(threadId, "ドローンの保険は共済がおすすめです。");
        return (author, threadId, post);
    }
}
