using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Api;

public sealed class OperatorApiTests(HubServer server)
{
    public static TheoryData<string, string> OperatorCalls => new()
    {
        { "GET", "/api/operator/overview" },
        { "GET", "/api/operator/labs/pending" },
        { "GET", "/api/operator/labs.csv" },
        { "GET", "/api/operator/flags" },
        { "POST", "/api/operator/labs/{lab}/approve" },
        { "POST", "/api/operator/labs/{lab}/move-to-dx" },
        { "POST", "/api/operator/labs/{lab}/companies/c1/recommend" },
        { "POST", "/api/operator/flags/t1/1/hide" },
        { "POST", "/api/operator/flags/t1/1/dismiss" },
    };

    [Theory]
    [MemberData(nameof(OperatorCalls))]
    public async Task OperatorCall_LabAdminWhoIsNoOperator_Returns403(string method, string path)
    {
        var admin = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();

        var response = await admin.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path.Replace("{lab}", labId, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(labId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_Anonymous_Returns401()
    {
        var response = await server.NewClient().GetAsync("/api/operator/overview");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task NewLab_UntilAnOperatorApproves_IsPendingInEveryAnswerAndInTheQueue()
    {
        var admin = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        var created = await admin.CreateLabAsync("承認待ちラボ " + Guid.NewGuid().ToString("N"));
        var labId = created.Id();
        var queued = await office.Client.GetFromJsonAsync<JsonElement>("/api/operator/labs/pending");

        var approved = await office.Client.PostAsync($"/api/operator/labs/{labId}/approve", null);

        var afterwards = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/labs/{labId}");
        var listed = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/labs?q={Uri.EscapeDataString(created.Text("name"))}");
        var queue = await office.Client.GetFromJsonAsync<JsonElement>("/api/operator/labs/pending");
        Assert.Equal("pending", created.Text("status"));
        Assert.Contains(queued.GetProperty("items").EnumerateArray(), lab => lab.Id() == labId);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", afterwards.Text("status"));
        Assert.Equal("approved", listed.GetProperty("items")[0].Text("status"));
        Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(), lab => lab.Id() == labId);
    }

    [Fact]
    public async Task ApproveLab_UnknownLab_Returns404()
    {
        var office = await MentorDesk.OperatorAsync(server);

        var response = await office.Client.PostAsync($"/api/operator/labs/{Guid.NewGuid():N}/approve", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task LabsCsv_Operator_IsUtf8WithByteOrderMarkAndListsTheLab()
    {
        var admin = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        var name = "書き出しラボ " + Guid.NewGuid().ToString("N");
        var labId = (await admin.CreateLabAsync(name)).Id();

        var response = await office.Client.GetAsync("/api/operator/labs.csv");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains($"{labId},{name},05,秋田県,tohoku,仙北市,dx,pending", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveToDx_IotLabWithIncompletePlan_Returns409SayingWhatIsMissing()
    {
        var admin = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        var labId = await CreateIotLabAsync(admin);

        var response = await office.Client.PostAsync($"/api/operator/labs/{labId}/move-to-dx", null);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var lab = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/labs/{labId}");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("KPI", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal("iot", lab.Text("programme"));
    }

    [Fact]
    public async Task MoveToDx_LabAlreadyDx_Returns409()
    {
        var admin = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();

        var response = await office.Client.PostAsync($"/api/operator/labs/{labId}/move-to-dx", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Companies_AdminAddsAndOperatorRecommends_LabShowsTheRecommendation()
    {
        var admin = await Person.SignUpAsync(server);
        var office = await MentorDesk.OperatorAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();
        var added = await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/companies", new { name = "株式会社角館ドローン" });
        var companyId = (await added.Content.ReadFromJsonAsync<JsonElement>()).Id();

        var recommended = await office.Client.PostAsync($"/api/operator/labs/{labId}/companies/{companyId}/recommend", null);

        var company = (await admin.Client.GetFromJsonAsync<JsonElement>($"/api/labs/{labId}")).GetProperty("companies")[0];
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recommended.StatusCode);
        Assert.Equal("株式会社角館ドローン", company.Text("name"));
        Assert.Equal(JsonValueKind.String, company.GetProperty("recommendedAt").ValueKind);
    }

    [Fact]
    public async Task AddCompany_NotAnAdminOrBlankName_Returns403Or400()
    {
        var admin = await Person.SignUpAsync(server);
        var stranger = await Person.SignUpAsync(server);
        var labId = (await admin.CreateLabAsync()).Id();

        var forbidden = await stranger.Client.PostAsJsonAsync($"/api/labs/{labId}/companies", new { name = "株式会社よそ者" });
        var blank = await admin.Client.PostAsJsonAsync($"/api/labs/{labId}/companies", new { name = " " });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (forbidden.StatusCode, blank.StatusCode));
    }

    private static async Task<string> CreateIotLabAsync(Person admin)
    {
        var response = await admin.Client.PostAsJsonAsync("/api/labs", new
        {
            name = "IoTラボ " + Guid.NewGuid().ToString("N"),
            prefecture = "07",
            municipality = "会津若松市",
            programme = "iot",
            themes = new[] { "manufacturing" },
            needs = Array.Empty<string>(),
            offers = Array.Empty<string>(),
            vision = "IoTで工場をつなぐ",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }
}
