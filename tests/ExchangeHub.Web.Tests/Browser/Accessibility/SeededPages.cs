using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ExchangeHub.Web.Tests.Browser.Accessibility;

/// <summary>
/// Real data behind every page, and the address that shows each page's route with it.
/// </summary>
internal sealed class SeededPages(HttpClient other, string otherLab, string otherCase) : IDisposable
{
    /// <summary>Another person's lab and case study, for the pages anyone may read.</summary>
    public static async Task<SeededPages> OtherLabAsync(Uri server)
    {
        var other = await OtherPersonAsync(server);
        var otherLab = await PostAsync(other, "/api/labs", Lab("遠野市ドローン物流ラボ", "03"));
        var otherCase = await PostAsync(other, $"/api/labs/{otherLab}/case-studies", CaseStudy("遠野の山間部でドローン配送"));
        return new SeededPages(other, otherLab, otherCase);
    }

    public IReadOnlyDictionary<string, string> Anonymous => new Dictionary<string, string>
    {
        ["/"] = "/",
        ["/labs"] = "/labs",
        ["/labs/{labId}"] = $"/labs/{otherLab}",
        ["/case-studies/{id}"] = $"/case-studies/{otherCase}",
        ["/mentors"] = "/mentors",
        ["/search"] = "/search?q=ドローン",
        ["/account/login"] = "/account/login",
        ["/account/register"] = "/account/register",
        ["/error/{code:int}"] = "/error/404",
    };

    /// <summary>The signed-in walker's own data behind every page; the other lab asks the walker's lab to partner.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SignedInAsync(IPage walker)
    {
        var lab = await FetchAsync(walker, "/api/labs", Lab("仙北市地域DX推進ラボ", "05"));
        var caseStudy = await FetchAsync(walker, $"/api/labs/{lab}/case-studies", CaseStudy("ドローンで農薬散布を省力化"));
        var thread = await FetchAsync(walker, "/api/threads", new { space = "public", title = "農業用ドローンの保険について", body = "皆さんの地域ではどうしていますか?" });
        await FetchAsync(walker, $"/api/threads/{thread}/posts", new { body = "農協の共済に入っています。**散布中の事故**も対象です。" }, "seq");
        var consortium = await FetchAsync(walker, "/api/consortia", new { name = "秋田・岩手ドローン物流連携", purpose = "中山間地のドローン物流を共同で申請する", leadLabId = lab, deadline = "2030-03-29T00:00:00+09:00" });
        await walker.EvaluateAsync("async () => { await fetch('/api/mentors/me', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ expertise: ['agriculture'], bio: 'スマート農業の導入を支援しています。', onDuty: true }) }); }");
        var request = await FetchAsync(walker, "/api/mentor-requests", new { labId = lab, title = "飛行許可の取り方", body = "水田の農薬散布をドローンで始めたいのですが、**飛行許可**の取り方を教えてください。", themes = new[] { "agriculture" }, urgency = "normal" });
        await PostAsync(other, "/api/partnership-requests", new { fromLabId = otherLab, toLabId = lab, message = "ドローン物流の共同申請をご一緒しませんか。" });

        var signedIn = new Dictionary<string, string>
        {
            ["/"] = "/",
            ["/culture"] = "/culture",
            ["/inbox"] = "/inbox",
            ["/search"] = "/search?q=ドローン",
            ["/labs"] = "/labs",
            ["/labs/new"] = "/labs/new",
            ["/labs/{labId}"] = $"/labs/{lab}",
            ["/labs/{labId}/edit"] = $"/labs/{lab}/edit",
            ["/labs/{labId}/dashboard"] = $"/labs/{lab}/dashboard",
            ["/labs/{labId}/transition-plan"] = $"/labs/{lab}/transition-plan",
            ["/labs/{labId}/transition-plan/print"] = $"/labs/{lab}/transition-plan/print",
            ["/labs/{labId}/case-studies/new"] = $"/labs/{lab}/case-studies/new",
            ["/case-studies/{id}"] = $"/case-studies/{caseStudy}",
            ["/case-studies/{id}/edit"] = $"/case-studies/{caseStudy}/edit",
            ["/case-studies/{id}/revisions/{revision:int}"] = $"/case-studies/{caseStudy}/revisions/1",
            ["/threads"] = "/threads",
            ["/threads/new"] = "/threads/new?space=public",
            ["/threads/mine"] = "/threads/mine",
            ["/threads/unread"] = "/threads/unread",
            ["/threads/{id}"] = $"/threads/{thread}",
            ["/threads/{id}/posts/{seq:long}/edit"] = $"/threads/{thread}/posts/2/edit",
            ["/threads/{id}/posts/{seq:long}/history"] = $"/threads/{thread}/posts/2/history",
            ["/consortia"] = "/consortia",
            ["/consortia/invitations"] = "/consortia/invitations",
            ["/consortia/{id}"] = $"/consortia/{consortium}",
            ["/consortia/{id}/application"] = $"/consortia/{consortium}/application",
            ["/consortia/{id}/application/print"] = $"/consortia/{consortium}/application/print",
            ["/mentors"] = "/mentors",
            ["/mentors/me"] = "/mentors/me",
            ["/mentor-desk"] = "/mentor-desk",
            ["/mentor-requests/new"] = "/mentor-requests/new",
            ["/mentor-requests/mine"] = "/mentor-requests/mine",
            ["/mentor-requests/{id}"] = $"/mentor-requests/{request}",
            ["/partners/requests"] = "/partners/requests",
            ["/partners/requests/new"] = $"/partners/requests/new?to={otherLab}",
            ["/account/login"] = "/account/login",
            ["/account/register"] = "/account/register",
            ["/account/logout"] = "/account/logout",
            ["/error/{code:int}"] = "/error/404",
        };
        return signedIn;
    }

    /// <summary>The pages only the programme office's operators see.</summary>
    public static IReadOnlyDictionary<string, string> Operator { get; } = new Dictionary<string, string> { ["/operator"] = "/operator" };

    public void Dispose() => other.Dispose();

    private static object Lab(string name, string prefecture) => new
    {
        name,
        prefecture,
        municipality = "仙北市",
        programme = "dx",
        themes = new[] { "agriculture", "logistics" },
        needs = new[] { "ドローン操縦者の確保" },
        offers = new[] { "中山間地のドローン物流ノウハウ" },
        vision = "## ビジョン\n\n**ドローン**で中山間地の農業と物流を支える。",
    };

    private static object CaseStudy(string title) => new
    {
        title,
        summary = "田沢湖周辺の圃場で、自治体と農協が連携して実証しました。",
        body = "## 背景\n\n担い手の高齢化が進んでいます。\n\n| 指標 | 値 |\n|---|---|\n| 散布面積 | 120 ha |\n| 作業時間 | 70% 減 |",
        themes = new[] { "agriculture" },
    };

    private static async Task<string> FetchAsync(IPage page, string url, object body, string field = "id") =>
        await page.EvaluateAsync<string>("""
            async ([url, body, field]) => {
              const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body });
              if (!response.ok) throw new Error(url + " answered " + response.status);
              return String((await response.json())[field]);
            }
            """, new[] { url, JsonSerializer.Serialize(body), field });

    private static async Task<HttpClient> OtherPersonAsync(Uri server)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server };
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = $"p{Guid.NewGuid():N}@example.jp", password = "tono-drone-2025", displayName = "遠野 花子" });
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<string> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() ?? "";
    }
}
