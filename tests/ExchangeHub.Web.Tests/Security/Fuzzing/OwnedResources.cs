using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Security.Fuzzing;

/// <summary>A person and everything they own, whose stored state the fuzz must leave exactly as it was.</summary>
public sealed partial class OwnedResources
{
    private readonly Dictionary<string, string> _ids = [];

    private OwnedResources(Person person) => Person = person;

    public Person Person { get; }

    public static async Task<OwnedResources> CreateAsync(HubServer server)
    {
        var person = await Person.SignUpAsync(server, "揺さぶり 試験");
        var owned = new OwnedResources(person);
        var lab = (await person.CreateLabAsync()).GetProperty("id").GetString() ?? "";
        var caseStudy = (await person.PublishCaseStudyAsync(lab)).GetProperty("id").GetString() ?? "";
        var thread = (await person.StartThreadAsync($"lab:{lab}")).GetProperty("id").GetString() ?? "";
        await person.PostAsync(thread, "最初の投稿");
        var consortium = (await person.FormConsortiumAsync(lab)).GetProperty("id").GetString() ?? "";
        var opened = await person.Client.PostAsJsonAsync("/api/mentor-requests", new { labId = lab, title = "申請書の書き方", body = "相談です", themes = new[] { "agriculture" }, urgency = "normal" });
        opened.EnsureSuccessStatusCode();
        var request = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() ?? "";
        owned._ids["lab"] = lab;
        owned._ids["case-study"] = caseStudy;
        owned._ids["thread"] = thread;
        owned._ids["consortium"] = consortium;
        owned._ids["mentor-request"] = request;
        return owned;
    }

    /// <summary>The route with its parameters filled with the caller's own ids, so each body reaches the real handler.</summary>
    public string Fill(string pattern)
    {
        var segments = pattern.Split('/');
        for (var index = 0; index < segments.Length; index++)
        {
            if (segments[index] is ['{', .. var inner, '}'])
            {
                var name = inner.Split(':')[0];
                var previous = index > 0 ? segments[index - 1] : "";
                segments[index] = (name, previous) switch
                {
                    ("labId", _) or ("id", "labs") => _ids["lab"],
                    ("id", "case-studies") => _ids["case-study"],
                    ("id", "threads") => _ids["thread"],
                    ("id", "consortia") => _ids["consortium"],
                    ("id", "mentor-requests") => _ids["mentor-request"],
                    ("seq", _) => "1",
                    ("section", _) => "vision",
                    ("userId", _) => Person.Id,
                    _ => "unknown",
                };
            }
        }

        return string.Join('/', segments);
    }

    public async Task<string> SnapshotAsync()
    {
        string[] paths =
        [
            "/api/me", $"/api/labs/{_ids["lab"]}", $"/api/labs/{_ids["lab"]}/case-studies", $"/api/case-studies/{_ids["case-study"]}",
            $"/api/threads/{_ids["thread"]}", $"/api/threads/{_ids["thread"]}/posts", $"/api/consortia/{_ids["consortium"]}",
            $"/api/consortia/{_ids["consortium"]}/application", $"/api/labs/{_ids["lab"]}/transition-plan", $"/api/mentor-requests/{_ids["mentor-request"]}",
            "/api/mentors/me", "/api/me/threads", "/api/me/notifications", "/api/me/partnership-requests", "/api/mentor-requests/mine",
            "/api/labs?q=揺さぶり", $"/api/threads?space=lab:{_ids["lab"]}",
        ];
        var parts = new List<string>();
        foreach (var path in paths)
        {
            using var response = await Person.Client.GetAsync(path);
            // A problem's trace id names the request, not the stored state; a waiting request's place in the queue and
            // the usual wait move with other people's requests on the shared mentor desk.
            var body = Volatile().Replace(await response.Content.ReadAsStringAsync(), "");
            if (path.StartsWith("/api/mentor-requests", StringComparison.Ordinal))
            {
                // The desk tells each waiting request its new place on the request's own stream.
                body = StreamPosition().Replace(body, "");
            }

            parts.Add($"{path} {(int)response.StatusCode} {body}");
        }

        return string.Join('\n', parts);
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"|\"(position|expectedWaitSeconds)\":(null|\\d+)")]
    private static partial Regex Volatile();

    [GeneratedRegex("\"lastSeq\":\\d+")]
    private static partial Regex StreamPosition();

    /// <summary>Followers and inboxes hear of a change one-way; wait until two readings agree before comparing.</summary>
    public async Task<string> StableSnapshotAsync()
    {
        var previous = await SnapshotAsync();
        for (var reading = 0; reading < 50; reading++)
        {
            var current = await SnapshotAsync();
            if (current == previous)
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }
}
