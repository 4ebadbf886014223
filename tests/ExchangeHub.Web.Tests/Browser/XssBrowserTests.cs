using ExchangeHub.Core.Tests.Common.Markdown;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExchangeHub.Web.Tests.Browser;

/// <summary>
/// The whole hostile corpus on the pages that show people's text, a few pages with many strings each: in Chromium no
/// payload runs (window.__xss stays unset) and no dialog opens, including for a post that arrives live.
/// </summary>
public sealed class XssBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string _allAtOnce = string.Join("\n\n", XssCorpus.All);
    private static readonly string[] _short = [.. XssCorpus.All.Where(t => t.Length <= 60 && t.Trim().Length > 0)];

    // As many short strings as fit a 2,000-character plain-text field.
    private static readonly string _shortJoined = _short.Aggregate("", (joined, text) => joined.Length + text.Length < 1_990 ? joined + text + "\n" : joined);

    [Fact]
    public async Task PagesShowingPeoplesText_WholeCorpus_RunNoPayloadAndOpenNoDialog()
    {
        // Arrange
        await using var context = await fixture.NewContextAsync();
        await using var others = await fixture.NewContextAsync();
        var api = context.APIRequest;
        await FirstAcceptedAsync(0, name => api.FetchAsync("/api/auth/register", Json("POST",
            new { email = $"x{Guid.NewGuid():N}@example.jp", password = "correct-horse-battery", displayName = name })));
        var labId = await FirstAcceptedAsync(1, name => api.FetchAsync("/api/labs", Json("POST", new
        {
            name,
            prefecture = "05",
            municipality = "仙北市",
            programme = "iot",
            themes = new[] { "agriculture" },
            needs = new[] { "担い手不足の解消" },
            offers = new[] { "農業用ドローン" },
            vision = _allAtOnce,
        })));
        foreach (var name in _short.Skip(2).Take(20))
        {
            var email = $"m{Guid.NewGuid():N}@example.jp";
            var registered = await others.APIRequest.FetchAsync("/api/auth/register", Json("POST", new { email, password = "correct-horse-battery", displayName = name }));
            if (registered.Ok)
            {
                await SendAsync(api, "POST", $"/api/labs/{labId}/members", new { email, role = "member" });
            }
        }

        var caseStudy = await FirstAcceptedAsync(22, title => api.FetchAsync($"/api/labs/{labId}/case-studies",
            Json("POST", new { title, summary = title, body = _allAtOnce, themes = new[] { "agriculture" } })));
        var thread = await FirstAcceptedAsync(24, title => api.FetchAsync("/api/threads", Json("POST", new { space = "public", title, body = _allAtOnce })));
        var consortium = await FirstAcceptedAsync(26, name => api.FetchAsync("/api/consortia",
            Json("POST", new { name, purpose = _shortJoined, leadLabId = labId })));
        await SendAsync(api, "PUT", $"/api/consortia/{consortium}/application/vision", new { baseVersion = 0, markdown = _allAtOnce });
        await SendAsync(api, "PUT", $"/api/labs/{labId}/transition-plan/plan", new { baseVersion = 0, markdown = _allAtOnce });
        var request = await FirstAcceptedAsync(28, title => api.FetchAsync("/api/mentor-requests",
            Json("POST", new { labId, title, body = _shortJoined, themes = new[] { "agriculture" }, urgency = "low" })));
        // The CSP already blocks inline script; a blocked attempt still means a payload reached the page, so it counts too.
        await context.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", (e) => {
              if (e.effectiveDirective.startsWith("script-src")) { (window.__blocked ||= []).push(e.effectiveDirective + " " + e.sample); }
            });
            """);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        var elapsed = System.Diagnostics.Stopwatch.StartNew();

        // Act
        var flags = new Dictionary<string, string>();
        foreach (var path in new[]
        {
            $"/labs/{labId}", $"/labs/{labId}/transition-plan", $"/case-studies/{caseStudy}", $"/consortia/{consortium}",
            $"/consortia/{consortium}/application", $"/mentor-requests/{request}", $"/threads/{thread}",
        })
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            flags[path] = await PayloadRanAsync(page);
        }

        await Expect(page.Locator("[data-thread-live][data-live-ready]")).ToBeAttachedAsync();
        await SendAsync(api, "POST", $"/api/threads/{thread}/posts", new { body = _allAtOnce });
        await Expect(page.Locator("#post-2")).ToBeAttachedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        flags["live post"] = await PayloadRanAsync(page);
        TestContext.Current.TestOutputHelper?.WriteLine($"{XssCorpus.All.Count} strings on {flags.Count} views in {elapsed.Elapsed.TotalSeconds:F1} s");

        // Assert
        Assert.All(flags, flag => Assert.True(flag.Value == "", $"a payload reached {flag.Key}: {flag.Value}"));
        Assert.Empty(dialogs);

        // The watch itself works: the same payload put into the page unsanitised is caught.
        await page.EvaluateAsync("html => document.body.insertAdjacentHTML('beforeend', html)", $"<img src=x onerror={XssCorpus.Code}>");
        await page.WaitForFunctionAsync("() => window.__xss === 1 || (window.__blocked || []).length > 0");
    }

    // Empty when nothing ran and nothing was blocked trying to.
    private static Task<string> PayloadRanAsync(IPage page) =>
        page.EvaluateAsync<string>("() => (window.__xss !== undefined ? 'ran; ' : '') + (window.__blocked || []).join('; ')");

    private static APIRequestContextOptions Json(string method, object body) => new() { Method = method, DataObject = body };

    private static async Task SendAsync(IAPIRequestContext api, string method, string path, object body)
    {
        var response = await api.FetchAsync(path, Json(method, body));
        Assert.True(response.Ok, $"{method} {path}: {response.Status} {await response.TextAsync()}");
    }

    // A field refuses some hostile strings (400); the page is tested with the first one it takes, from the given place on.
    private static async Task<string> FirstAcceptedAsync(int from, Func<string, Task<IAPIResponse>> send)
    {
        var answers = new List<string>();
        foreach (var text in _short.Skip(from))
        {
            var response = await send(text);
            answers.Add(await response.TextAsync());
            if (response.Ok)
            {
                var body = await response.JsonAsync();
                return body?.GetProperty("id").GetString() ?? "";
            }

            Assert.Equal(400, response.Status);
        }

        throw new InvalidOperationException("The field took none of the hostile strings: " + string.Join('\n', answers.Take(3)));
    }
}
