using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Core.Tests.Common.Markdown;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Security;

/// <summary>
/// Every hostile string through every place that shows what people write: the HTML the API stores and returns holds no
/// script-capable element, attribute or URL, and the pages that show plain text never carry the string unencoded.
/// </summary>
public sealed class XssCorpusApiTests(HubServer server)
{
    private readonly ConcurrentBag<string> _failures = [];
    private readonly ConcurrentDictionary<string, int> _stored = new();

    [Fact]
    public async Task EveryPlace_EveryHostileString_ReturnsOnlySafeHtmlAndEncodedText()
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();

        await Task.WhenAll(
            CaseStudiesAsync(admin, labId),
            ThreadsAndPostsAsync(admin),
            LabAsync(admin, labId),
            ConsortiumAndApplicationAsync(admin, labId),
            MentorRequestsAsync(admin, labId),
            MentorBioAsync(),
            DisplayNamesAsync(admin));

        foreach (var place in _stored.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{place.Key}: {place.Value} of {XssCorpus.All.Count} stored");
        }

        Assert.True(_failures.IsEmpty, string.Join('\n', _failures.Take(30)));
        Assert.All(_stored, place => Assert.True(place.Value > XssCorpus.All.Count / 2, $"{place.Key} refused most of the corpus"));
    }

    private async Task CaseStudiesAsync(Person admin, string labId)
    {
        var id = (await admin.PublishCaseStudyAsync(labId)).Id();
        foreach (var text in XssCorpus.All)
        {
            var saved = await admin.Client.PutAsJsonAsync($"/api/case-studies/{id}",
                new { title = Fit(text, 120), summary = Fit(text, 400), body = text, themes = new[] { "agriculture" } });
            if (await StoredAsync("case study title, summary, body", saved, text))
            {
                await PageShowsTextEncodedAsync(admin, $"/case-studies/{id}", text);
            }
        }
    }

    private async Task ThreadsAndPostsAsync(Person admin)
    {
        foreach (var text in XssCorpus.All)
        {
            var created = await admin.Client.PostAsJsonAsync("/api/threads", new { space = "public", title = Fit(text, 150), body = text });
            if (await StoredAsync("thread title", created, text))
            {
                var threadId = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();
                await StoredAsync("post", await admin.Client.PostAsJsonAsync($"/api/threads/{threadId}/posts", new { body = text }), text);
                await StoredAsync("post list", await admin.Client.GetAsync($"/api/threads/{threadId}/posts"), text);
                await PageShowsTextEncodedAsync(admin, $"/threads/{threadId}", text);
            }
        }
    }

    private async Task LabAsync(Person admin, string labId)
    {
        foreach (var text in XssCorpus.All)
        {
            var saved = await admin.Client.PutAsJsonAsync($"/api/labs/{labId}", new
            {
                name = Fit(text, 100),
                prefecture = "05",
                municipality = "仙北市",
                programme = "dx",
                themes = new[] { "agriculture" },
                needs = new[] { "担い手不足の解消" },
                offers = new[] { "農業用ドローンの運用ノウハウ" },
                vision = text,
            });
            if (await StoredAsync("lab name and vision", saved, text))
            {
                await PageShowsTextEncodedAsync(admin, $"/labs/{labId}", text);
            }
        }
    }

    private async Task ConsortiumAndApplicationAsync(Person admin, string labId)
    {
        var id = (await admin.FormConsortiumAsync(labId)).Id();
        var version = 0;
        foreach (var text in XssCorpus.All)
        {
            var section = await admin.Client.PutAsJsonAsync($"/api/consortia/{id}/application/vision", new { baseVersion = version, markdown = text });
            if (await StoredAsync("application section", section, text))
            {
                version = (await section.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("vision").GetProperty("version").GetInt32();
            }

            var details = await admin.Client.PutAsJsonAsync($"/api/consortia/{id}", new { name = Fit(text, 100), purpose = Fit(text, 2000), leadLabId = labId });
            if (await StoredAsync("consortium name and purpose", details, text))
            {
                await PageShowsTextEncodedAsync(admin, $"/consortia/{id}", text);
            }
        }

        await PageShowsTextEncodedAsync(admin, $"/consortia/{id}/application", XssCorpus.All[^1]);
    }

    private async Task MentorRequestsAsync(Person admin, string labId)
    {
        foreach (var text in XssCorpus.All)
        {
            var opened = await admin.Client.PostAsJsonAsync("/api/mentor-requests",
                new { labId, title = Fit(text, 150), body = text, themes = new[] { "tourism" }, urgency = "low" });
            if (await StoredAsync("mentor request title and body", opened, text))
            {
                var id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).Id();
                await PageShowsTextEncodedAsync(admin, $"/mentor-requests/{id}", text);
            }
        }
    }

    private async Task MentorBioAsync()
    {
        var mentor = await Person.SignUpAsync(server);
        foreach (var text in XssCorpus.All)
        {
            await StoredAsync("mentor bio", await mentor.Client.PutAsJsonAsync("/api/mentors/me",
                new { expertise = new[] { "tourism" }, bio = text, onDuty = false }), text);
        }
    }

    private async Task DisplayNamesAsync(Person admin)
    {
        var labId = (await admin.CreateLabAsync("表示名の確認ラボ")).Id();
        var named = new List<string>();
        foreach (var text in XssCorpus.All.Where(t => t.Trim().Length is > 0 and <= 60))
        {
            var email = $"n{Guid.NewGuid():N}@example.jp";
            var registered = await server.NewClient().PostAsJsonAsync("/api/auth/register", new { email, password = "correct-horse-battery", displayName = text });
            if (await StoredAsync("display name", registered, text))
            {
                (await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/members", new { email, role = "member" })).EnsureSuccessStatusCode();
                named.Add(text);
            }
        }

        var page = await admin.Client.GetStringAsync($"/labs/{labId}");
        foreach (var text in named)
        {
            CheckEncoded($"/labs/{labId} (members)", page, text);
        }
    }

    // A 400 is a fair answer to a hostile string; anything stored must come back safe.
    private async Task<bool> StoredAsync(string place, HttpResponseMessage response, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode == 400)
        {
            return false;
        }

        if (!response.IsSuccessStatusCode)
        {
            _failures.Add($"{place}: {(int)response.StatusCode} for {text}: {body}");
            return false;
        }

        _stored.AddOrUpdate(place, 1, (_, n) => n + 1);
        foreach (var html in HtmlFields(JsonDocument.Parse(body).RootElement))
        {
            try
            {
                SafeHtmlAssert.IsSafe(html);
            }
            catch (Xunit.Sdk.XunitException unsafeHtml)
            {
                _failures.Add($"{place}: {text} -> {html}: {unsafeHtml.Message}");
            }
        }

        return true;
    }

    private async Task PageShowsTextEncodedAsync(Person person, string path, string text) =>
        CheckEncoded(path, await person.Client.GetStringAsync(path), text);

    private void CheckEncoded(string path, string page, string text)
    {
        // Quotes may stand in text unencoded; a '<' from the person's text never may. Attribute break-outs are the browser test's.
        if (text.Contains('<', StringComparison.Ordinal) && page.Contains(text, StringComparison.Ordinal))
        {
            _failures.Add($"{path} shows unencoded: {text}");
        }
    }

    private static IEnumerable<string> HtmlFields(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Value.ValueKind == JsonValueKind.String && p.Name.EndsWith("html", StringComparison.OrdinalIgnoreCase)
                ? [p.Value.GetString() ?? ""]
                : HtmlFields(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(HtmlFields),
        _ => [],
    };

    private static string Fit(string text, int max) => text.Length <= max ? text : "長すぎる見出しの代わり";
}
