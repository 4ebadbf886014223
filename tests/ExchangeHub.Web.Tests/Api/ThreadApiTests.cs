using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class ThreadApiTests(HubServer server)
{
    [Fact]
    public async Task Create_PublicThread_Returns201AndFirstPost()
    {
        var author = await Person.SignUpAsync(server);

        var response = await author.Client.PostAsJsonAsync("/api/threads", new { space = "public", title = "観光DXの始め方", body = "**まず**何から?" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var thread = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("public", 1L), (thread.GetProperty("space").GetString(), thread.GetProperty("lastSeq").GetInt64()));
        var posts = await author.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{thread.GetProperty("id").GetString()}/posts?after=0");
        var first = Assert.Single(posts.GetProperty("items").EnumerateArray());
        Assert.Contains("<strong>まず</strong>", first.GetProperty("html").GetString());
    }

    [Fact]
    public async Task Create_InvalidFields_Returns400()
    {
        var author = await Person.SignUpAsync(server);

        var response = await author.Client.PostAsJsonAsync("/api/threads", new { space = "everywhere", title = "", body = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("space", out _) && errors.TryGetProperty("title", out _) && errors.TryGetProperty("body", out _));
    }

    [Fact]
    public async Task Create_Anonymous_Returns401()
    {
        var response = await server.NewClient().PostAsJsonAsync("/api/threads", new { space = "public", title = "t", body = "b" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_InLabSpaceAsOutsider_Returns403()
    {
        var admin = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString();

        var response = await outsider.Client.PostAsJsonAsync("/api/threads", new { space = $"lab:{labId}", title = "t", body = "b" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_InUnknownLab_Returns404()
    {
        var author = await Person.SignUpAsync(server);

        var response = await author.Client.PostAsJsonAsync("/api/threads", new { space = "lab:no-such-lab", title = "t", body = "b" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Read_LabThreadAsOutsider_Returns403AndNoPosts()
    {
        var admin = await Person.SignUpAsync(server);
        var outsider = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).GetProperty("id").GetString();
        var threadId = (await admin.StartThreadAsync($"lab:{labId}", "内部の相談", "非公開の計画")).GetProperty("id").GetString();

        var thread = await outsider.Client.GetAsync($"/api/threads/{threadId}");
        var posts = await outsider.Client.GetAsync($"/api/threads/{threadId}/posts");
        var post = await outsider.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = "覗き見" });

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { thread.StatusCode, posts.StatusCode, post.StatusCode });
        Assert.DoesNotContain("非公開", await posts.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownThread_Returns404()
    {
        var person = await Person.SignUpAsync(server);

        var response = await person.Client.GetAsync("/api/threads/no-such-thread");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_SameClientIdTwice_OnePost()
    {
        var author = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";

        var first = await author.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = "一度だけ", clientId = "c-1" });
        var again = await author.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = "一度だけ", clientId = "c-1" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(firstId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        var posts = await author.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}/posts");
        Assert.Equal(2, posts.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Post_ReplyToMissingPost_Returns400()
    {
        var author = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString();

        var response = await author.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = "返信", replyTo = 99 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Posts_AfterAndLimit_PageInSeqOrder()
    {
        var author = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        for (var i = 2; i <= 8; i++)
        {
            await author.PostAsync(threadId, $"投稿 {i}");
        }

        var page = await author.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}/posts?after=3&limit=3");

        Assert.Equal([4L, 5L, 6L], page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("seq").GetInt64()));
        Assert.Equal(8, page.GetProperty("lastSeq").GetInt64());
    }

    [Fact]
    public async Task Edit_ByAuthor_KeepsHistory()
    {
        var author = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync(body: "初めの文")).GetProperty("id").GetString();

        var edited = await author.Client.PutAsJsonAsync($"/api/threads/{threadId}/posts/1", new { body = "直した文" });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var post = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, "直した文"), (post.GetProperty("revision").GetInt32(), post.GetProperty("body").GetString()));
        var history = await author.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}/posts/1/history");
        Assert.Equal("初めの文", Assert.Single(history.GetProperty("items").EnumerateArray()).GetProperty("body").GetString());
    }

    [Fact]
    public async Task Edit_BySomeoneElse_Returns403AndKeepsPost()
    {
        var author = await Person.SignUpAsync(server);
        var other = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync(body: "元の文")).GetProperty("id").GetString();

        var response = await other.Client.PutAsJsonAsync($"/api/threads/{threadId}/posts/1", new { body = "書き換え" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var posts = await author.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}/posts");
        Assert.Equal("元の文", posts.GetProperty("items")[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task Delete_ByAuthor_LeavesMarker()
    {
        var author = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        await author.PostAsync(threadId, "消す投稿");

        var response = await author.Client.DeleteAsync($"/api/threads/{threadId}/posts/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = await author.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}/posts");
        var marker = posts.GetProperty("items")[1];
        Assert.True(marker.GetProperty("deleted").GetBoolean());
        Assert.Equal("", marker.GetProperty("body").GetString());
    }

    [Fact]
    public async Task React_AllowedAndUnknownEmoji_AddsOrRefuses()
    {
        var author = await Person.SignUpAsync(server);
        var other = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString();

        var liked = await other.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/1/reactions", new { emoji = "👍" });
        var odd = await other.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts/1/reactions", new { emoji = "<script>" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest), (liked.StatusCode, odd.StatusCode));
        var reaction = Assert.Single((await liked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reactions").EnumerateArray());
        Assert.Equal(other.Id, Assert.Single(reaction.GetProperty("userIds").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Resolve_ByAuthorWithAcceptedAnswer_ResolvesThread()
    {
        var author = await Person.SignUpAsync(server);
        var helper = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        await helper.PostAsync(threadId, "こうすると良いです");

        var byHelper = await helper.Client.PostAsJsonAsync($"/api/threads/{threadId}/resolve", new { acceptedSeq = 2 });
        var byAuthor = await author.Client.PostAsJsonAsync($"/api/threads/{threadId}/resolve", new { acceptedSeq = 2 });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (byHelper.StatusCode, byAuthor.StatusCode));
        var thread = await author.Client.GetFromJsonAsync<JsonElement>($"/api/threads/{threadId}");
        Assert.Equal(("resolved", 2L), (thread.GetProperty("state").GetString(), thread.GetProperty("acceptedSeq").GetInt64()));
    }

    [Fact]
    public async Task Mention_OtherPerson_LandsInTheirInboxAndTracksThread()
    {
        var author = await Person.SignUpAsync(server);
        var mentioned = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";

        await author.PostAsync(threadId, $"@{await mentioned.HandleAsync()} さんはどう思いますか?");

        var inbox = await Eventually.GetAsync(mentioned.Client, "/api/me/notifications", body => body.GetProperty("unreadCount").GetInt32() == 1);
        Assert.Equal("mention", inbox.GetProperty("items")[0].GetProperty("kind").GetString());
        var mine = await Eventually.GetAsync(mentioned.Client, "/api/me/threads", body => body.GetProperty("items").GetArrayLength() == 1);
        Assert.Equal("tracking", mine.GetProperty("items")[0].GetProperty("level").GetString());
    }

    [Fact]
    public async Task Mention_Lab_ReachesEveryMemberAndIsMarkedInThePost()
    {
        var author = await Person.SignUpAsync(server);
        var member = await Person.SignUpAsync(server);
        var labName = $"湯沢市地域DX推進ラボ {Guid.NewGuid():N}"[..24];
        await member.CreateLabAsync(labName);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";

        var post = await author.PostAsync(threadId, $"@[{labName}] の皆さん、@[存在しないラボ] にもご意見を");

        var inbox = await Eventually.GetAsync(member.Client, "/api/me/notifications", body => body.GetProperty("unreadCount").GetInt32() == 1);
        Assert.Equal("mention", inbox.GetProperty("items")[0].GetProperty("kind").GetString());
        var html = post.GetProperty("html").GetString() ?? "";
        Assert.Contains($"<strong>@[{labName}]</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>@[存在しないラボ]</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unread_AfterNewReplyAndMarkRead_CountsDownToZero()
    {
        var author = await Person.SignUpAsync(server);
        var other = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";
        await other.PostAsync(threadId, "返信します");

        var unread = await Eventually.GetAsync(author.Client, "/api/me/threads?unread=true", body => body.GetProperty("unreadPosts").GetInt64() == 1);
        await author.Client.PostAsJsonAsync($"/api/threads/{threadId}/read", new { seq = 2 });
        var after = await author.Client.GetFromJsonAsync<JsonElement>("/api/me/threads?unread=true");

        Assert.Equal(threadId, unread.GetProperty("items")[0].GetProperty("threadId").GetString());
        Assert.Equal(0, after.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Follow_Muted_StopsWatchingNotifications()
    {
        var author = await Person.SignUpAsync(server);
        var other = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";

        var muted = await author.Client.PutAsJsonAsync($"/api/threads/{threadId}/follow", new { level = "muted" });
        await other.PostAsync(threadId, "返信1");
        await other.PostAsync(threadId, $"@{await author.HandleAsync()} 返信2");

        Assert.Equal(HttpStatusCode.OK, muted.StatusCode);
        var inbox = await author.Client.GetFromJsonAsync<JsonElement>("/api/me/notifications");
        Assert.Equal(0, inbox.GetProperty("unreadCount").GetInt32());
    }

    [Theory]
    [InlineData("<script>window.pwned=1</script>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    public async Task Post_HostileMarkdown_StoresNoActiveContent(string body)
    {
        var author = await Person.SignUpAsync(server);
        var threadId = (await author.StartThreadAsync()).GetProperty("id").GetString() ?? "";

        var html = (await author.PostAsync(threadId, body)).GetProperty("html").GetString() ?? "";

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?i)<[^>]*\s(href|src)\s*=\s*""?\s*(javascript|vbscript|data):", html);
        Assert.DoesNotMatch(@"(?i)<[^>]*\son\w+\s*=", html);
    }
}
