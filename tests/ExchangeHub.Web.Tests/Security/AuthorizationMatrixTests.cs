using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using ExchangeHub.Core.Common.Live;
using ExchangeHub.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace ExchangeHub.Web.Tests.Security;

public sealed class AuthorizationMatrixTests(HubServer server)
{
    private static readonly AccessRole[] _roles = Enum.GetValues<AccessRole>();

    private static readonly int _hubRows = AccessMatrix.Rows.TakeWhile(r => r.Route.StartsWith("HUB", StringComparison.Ordinal)).Count();

    [Fact]
    public void Matrix_EveryApiRoute_HasARow()
    {
        var mapped = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {Normalise(e.RoutePattern.RawText ?? "")}"))
            .ToHashSet();
        var rows = AccessMatrix.Rows.Where(r => !r.Route.StartsWith("HUB", StringComparison.Ordinal)).Select(r => r.Route).ToHashSet();

        Assert.Empty(mapped.Except(rows));
        Assert.Empty(rows.Except(mapped));
    }

    [Fact]
    public void Matrix_EveryStreamKind_HasARow()
    {
        var kinds = typeof(StreamNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)(f.GetRawConstantValue() ?? "")).ToList();
        var rows = AccessMatrix.Rows.Where(r => r.Route.StartsWith("HUB", StringComparison.Ordinal)).Select(r => r.Call).ToList();

        Assert.All(kinds, kind => Assert.Contains(rows, call => call.StartsWith(kind, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Matrix_EveryRoleOnEveryRouteAndStream_GetsTheAnswerInTheTable()
    {
        var outcomes = await Task.WhenAll(_roles.Select(RunColumnAsync));

        var failures = outcomes.SelectMany(o => o.Failures).ToList();
        var cells = outcomes.Sum(o => o.Cells);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{cells} cells ({AccessMatrix.Rows.Count} rows x {_roles.Length} roles)");
        for (var row = 0; row < AccessMatrix.Rows.Count; row++)
        {
            output?.WriteLine($"{AccessMatrix.Rows[row].Call,-70} {string.Join(' ', outcomes.Select(o => o.Marks[row]))}");
        }

        Assert.Equal(AccessMatrix.Rows.Count * _roles.Length, cells);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private async Task<(int Cells, List<string> Marks, List<string> Failures)> RunColumnAsync(AccessRole role)
    {
        var world = await AccessWorld.BuildAsync(server);
        var column = (int)role;
        var caller = world.Caller(role);
        var client = caller?.Client ?? server.NewClient();
        var outsider = role is AccessRole.Anonymous or AccessRole.Stranger or AccessRole.OtherMember or AccessRole.OtherAdmin;
        var (marks, failures, refusedStreams) = (new List<string>(), new List<string>(), new List<string>());

        await using var live = await LiveClient.ConnectAsync(server, caller?.Cookies);
        foreach (var row in AccessMatrix.Rows)
        {
            if (!row.Route.StartsWith("HUB", StringComparison.Ordinal) && marks.Count == _hubRows)
            {
                failures.AddRange(await LeakedPushesAsync(world, live, refusedStreams, role));
            }

            var expected = row.Expected.Split(' ')[column];
            var (mark, body) = row.Route.StartsWith("HUB", StringComparison.Ordinal)
                ? await SubscribeAsync(live, world.Fill(row.Call), refusedStreams)
                : await CallAsync(client, world, row);
            marks.Add(mark);
            if (mark != expected)
            {
                failures.Add($"{role} {row.Call}: expected {expected}, got {mark} {Trim(body)}");
            }

            if (body.Contains(world.Secret, StringComparison.Ordinal) && (outsider || mark is "1" or "3" or "4" or "N"))
            {
                failures.Add($"{role} {row.Call}: the answer leaks private text: {Trim(body)}");
            }
        }

        return (marks.Count, marks, failures);
    }

    private static async Task<(string Mark, string Body)> SubscribeAsync(LiveClient live, string stream, List<string> refused)
    {
        try
        {
            await live.SubscribeAsync(stream, 0);
            return ("Y", "");
        }
        catch (HubException refusal)
        {
            refused.Add(stream);
            return ("N", refusal.Message);
        }
    }

    private static async Task<(string Mark, string Body)> CallAsync(HttpClient client, AccessWorld world, AccessMatrix.Row row)
    {
        var call = world.Fill(row.Call).Split(' ', 2);
        using var request = new HttpRequestMessage(new HttpMethod(call[0]), call[1]);
        if (row.Body is not null)
        {
            request.Content = new StringContent(world.Fill(JsonSerializer.Serialize(row.Body)), Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var mark = (int)response.StatusCode switch
        {
            >= 200 and < 300 or 400 or 409 => "Y",
            401 => "1",
            403 => "3",
            404 => "4",
            var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (mark is "1" or "3" or "4" && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            mark += "(not problem+json)";
        }

        return (mark, body);
    }

    // After the refused subscriptions, private streams get new events; the caller must hear none of them.
    private async Task<IEnumerable<string>> LeakedPushesAsync(AccessWorld world, LiveClient live, List<string> refused, AccessRole role)
    {
        var streams = new[] { "labThread", "consortiumThread", "requestThread" }.Select(name => StreamNames.Thread(world.Ids[name]))
            .Append(StreamNames.Application("consortium:" + world.Ids["consortiumA"])).ToList();
        await using var control = await LiveClient.ConnectAsync(server, world.MemberA.Cookies);
        var lastSeqs = new Dictionary<string, long>();
        foreach (var stream in streams)
        {
            lastSeqs[stream] = (await control.SubscribeAsync(stream, 0)).Select(e => e.Seq).DefaultIfEmpty(0).Max();
        }

        foreach (var name in new[] { "labThread", "consortiumThread", "requestThread" })
        {
            await world.MemberA.PostAsync(world.Ids[name], "後から届く投稿");
        }

        var saved = await world.AdminA.Client.PutAsJsonAsync($"/api/consortia/{world.Ids["consortiumA"]}/application/plan", new { baseVersion = 0, markdown = "後からの計画" });
        saved.EnsureSuccessStatusCode();
        foreach (var stream in streams)
        {
            await control.WaitForAsync(e => e.Stream == stream && e.Seq > lastSeqs[stream]);
        }

        return live.Pushed.Where(e => refused.Contains(e.Stream)).Select(e => $"{role}: refused {e.Stream} still delivered {e.Type}");
    }

    private static string Normalise(string pattern)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[^}]*)?\}", "{$1}");
        return text.Length > 1 ? text.TrimEnd('/') : text;
    }

    private static string Trim(string body) => body.Length > 300 ? body[..300] : body;
}
