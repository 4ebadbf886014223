using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Security;

/// <summary>
/// Everything the authorisation matrix touches, built fresh for one caller so that what the caller changes stays in its
/// own world. Lab A (an IoT lab) is the resource owner; lab B's people are members and admins of another lab; lab D
/// leads two consortia that invite A and asks A for a partnership. Every private text carries <see cref="Secret"/>.
/// </summary>
public sealed class AccessWorld
{
    public required string Secret { get; init; }

    public required Person AdminA { get; init; }

    public required Person MemberA { get; init; }

    public required Person AdminB { get; init; }

    public required Person MemberB { get; init; }

    public required Person AdminD { get; init; }

    public required Person Mentor { get; init; }

    public required Person Stranger { get; init; }

    public required Person Spare { get; init; }

    public required Person Operator { get; init; }

    public required IReadOnlyDictionary<string, string> Ids { get; init; }

    /// <summary>Replaces {name} placeholders with this world's ids.</summary>
    public string Fill(string template) =>
        Ids.Aggregate(template, (text, id) => text.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));

    public Person? Caller(AccessRole role) => role switch
    {
        AccessRole.Anonymous => null,
        AccessRole.Stranger => Stranger,
        AccessRole.OtherMember => MemberB,
        AccessRole.OtherAdmin => AdminB,
        AccessRole.Member => MemberA,
        AccessRole.Admin => AdminA,
        AccessRole.Mentor => Mentor,
        _ => Operator,
    };

    public static async Task<AccessWorld> BuildAsync(HubServer server)
    {
        var secret = "SECRET" + Guid.NewGuid().ToString("N")[..10];
        var people = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Person.SignUpAsync(server, $"利用者{i}")));
        var (adminA, memberA, adminB, memberB, adminD, mentor, stranger, spare) =
            (people[0], people[1], people[2], people[3], people[4], people[5], people[6], people[7]);
        var ids = new Dictionary<string, string>
        {
            ["adminA"] = adminA.Id,
            ["memberA"] = memberA.Id,
            ["mentorId"] = mentor.Id,
            ["spareId"] = spare.Id,
            ["spareEmail"] = spare.Email,
            ["secret"] = secret,
        };

        ids["labA"] = await CreateAsync(adminA, "/api/labs", IotLab("湯沢市スマート農業ラボ"));
        ids["labB"] = (await adminB.CreateLabAsync("遠野市ラボ")).Id();
        ids["labD"] = (await adminD.CreateLabAsync("鹿角市ラボ")).Id();
        await SendAsync(adminA, HttpMethod.Post, $"/api/labs/{ids["labA"]}/members", new { email = memberA.Email, role = "member" });
        await SendAsync(adminB, HttpMethod.Post, $"/api/labs/{ids["labB"]}/members", new { email = memberB.Email, role = "member" });

        var caseStudy = await adminA.PublishCaseStudyAsync(ids["labA"]);
        (ids["caseStudy"], ids["caseThread"]) = (caseStudy.Id(), caseStudy.Text("threadId"));
        ids["publicThread"] = (await memberA.StartThreadAsync("public")).Id();
        ids["labThread"] = (await memberA.StartThreadAsync($"lab:{ids["labA"]}", $"{secret} 非公開の相談", $"{secret} 予算の内訳")).Id();
        await memberA.PostAsync(ids["labThread"], $"{secret} 二つ目の投稿");
        await adminA.PostAsync(ids["labThread"], $"{secret} 管理者の投稿");

        var consortium = await CreateJsonAsync(adminA, "/api/consortia",
            new { name = $"{secret} 連携", purpose = $"{secret} 目的", leadLabId = ids["labA"] });
        (ids["consortiumA"], ids["consortiumThread"]) = (consortium.Id(), consortium.Text("threadId"));
        await SendAsync(adminA, HttpMethod.Put, $"/api/consortia/{ids["consortiumA"]}/application/vision", new { baseVersion = 0, markdown = $"{secret} 申請" });
        await SendAsync(adminA, HttpMethod.Put, $"/api/labs/{ids["labA"]}/transition-plan/vision", new { baseVersion = 0, markdown = $"{secret} 移行計画" });
        ids["consortiumD"] = await CreateAsync(adminD, "/api/consortia", new { name = $"{secret} 鹿角連携", purpose = $"{secret} 目的", leadLabId = ids["labD"] });
        await SendAsync(adminD, HttpMethod.Post, $"/api/consortia/{ids["consortiumD"]}/invitations", new { labId = ids["labA"] });
        ids["consortiumE"] = await CreateAsync(adminD, "/api/consortia", new { name = $"{secret} 第二連携", purpose = $"{secret} 目的", leadLabId = ids["labD"] });
        await SendAsync(adminD, HttpMethod.Post, $"/api/consortia/{ids["consortiumE"]}/invitations", new { labId = ids["labA"] });
        ids["partnership"] = await CreateAsync(adminD, "/api/partnership-requests", new { fromLabId = ids["labD"], toLabId = ids["labA"], message = $"{secret} 連携のお願い" });

        await mentor.BecomeMentorAsync(["agriculture"]);
        var request = await CreateJsonAsync(memberA, "/api/mentor-requests",
            new { labId = ids["labA"], title = $"{secret} 許可申請", body = $"{secret} 本文", themes = new[] { "agriculture" }, urgency = "normal" });
        (ids["request"], ids["requestThread"]) = (request.Id(), request.Text("threadId"));

        return new AccessWorld
        {
            Secret = secret,
            AdminA = adminA,
            MemberA = memberA,
            AdminB = adminB,
            MemberB = memberB,
            AdminD = adminD,
            Mentor = mentor,
            Stranger = stranger,
            Spare = spare,
            Operator = await OperatorSessionAsync(server),
            Ids = ids,
        };
    }

    private static readonly SemaphoreSlim _operatorGate = new(1, 1);
    private static bool _operatorRegistered;

    // The matrix's own operator account, signed in afresh for each world, so that signing out ends no other session.
    private static async Task<Person> OperatorSessionAsync(HubServer server)
    {
        const string Password = "access-matrix-operator";
        var cookies = new CookieContainer();
        var client = server.NewClient(cookies);
        await _operatorGate.WaitAsync();
        try
        {
            var signedIn = _operatorRegistered
                ? await client.PostAsJsonAsync("/api/auth/login", new { email = HubServer.MatrixOperatorEmail, password = Password })
                : await client.PostAsJsonAsync("/api/auth/register", new { email = HubServer.MatrixOperatorEmail, password = Password, displayName = "事務局 確認" });
            signedIn.EnsureSuccessStatusCode();
            _operatorRegistered = true;
            var id = (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).Id();
            return new Person(client, cookies, id, HubServer.MatrixOperatorEmail, "事務局 確認", Password);
        }
        finally
        {
            _operatorGate.Release();
        }
    }

    public static object IotLab(string name) => new
    {
        name,
        prefecture = "05",
        municipality = "湯沢市",
        programme = "iot",
        themes = new[] { "agriculture" },
        needs = new[] { "センサーの保守" },
        offers = new[] { "圃場データ" },
        vision = "田んぼの水位を**遠隔**で見る。",
    };

    private static async Task<string> CreateAsync(Person person, string path, object body) => (await CreateJsonAsync(person, path, body)).Id();

    private static async Task<JsonElement> CreateJsonAsync(Person person, string path, object body)
    {
        var response = await person.Client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task SendAsync(Person person, HttpMethod method, string path, object body)
    {
        var response = await person.Client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

/// <summary>The matrix's columns, in the order its table writes them.</summary>
public enum AccessRole
{
    Anonymous,
    Stranger,
    OtherMember,
    OtherAdmin,
    Member,
    Admin,
    Mentor,
    Operator,
}
