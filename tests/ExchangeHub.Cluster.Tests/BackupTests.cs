using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExchangeHub.Cluster.Tests.Support;

namespace ExchangeHub.Cluster.Tests;

public sealed class BackupTests
{
    [Fact]
    public async Task ExportEmbedded_ImportIntoFreshRedis_NodeOnRedisAnswersTheSame()
    {
        var file = Path.Combine(Path.GetTempPath(), $"exchangehub-backup-{Guid.NewGuid():N}.jsonl");
        await using var single = await HubCluster.StartEmbeddedAsync();
        var embedded = single.Nodes[0];
        var member = await Member.SignUpAsync(embedded);
        var threadId = await member.StartThreadAsync(embedded, "引っ越しの試験");
        await new Poster(embedded, member, threadId, "moved").RunAsync(15, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var before = await ReadAnswersAsync(embedded, member.Cookies, threadId);
        await embedded.StopAsync();

        var exported = await StoreCommand.RunAsync("export", file, new Dictionary<string, string> { ["ExchangeHub__DataPath"] = single.DataPath ?? "" });
        await File.AppendAllTextAsync(file, Reminder + "\n", TestContext.Current.CancellationToken);
        await using var redis = await RedisProcess.StartAsync();
        var redisSettings = new Dictionary<string, string>
        {
            ["ExchangeHub__Cluster__Mode"] = "redis",
            ["ExchangeHub__Cluster__Redis"] = redis.ConnectionString,
        };
        var imported = await StoreCommand.RunAsync("import", file, redisSettings);
        var importedAgain = await StoreCommand.RunAsync("import", file, redisSettings);
        var exportedFromRedis = await StoreCommand.RunAsync("export", file + ".redis", redisSettings);
        var fromEmbedded = Records(file);
        var fromRedis = Records(file + ".redis");
        await using var cluster = await HubCluster.StartRedisAsync(1, redis);
        var cookies = new CookieContainer();
        using var signIn = cluster.Nodes[0].Client(cookies);
        var loggedIn = await signIn.PostAsJsonAsync("/api/auth/login", new { email = member.Email, password = Member.Password }, TestContext.Current.CancellationToken);
        var after = await ReadAnswersAsync(cluster.Nodes[0], cookies, threadId);
        File.Delete(file);
        File.Delete(file + ".redis");

        Assert.True(exported.ExitCode == 0, exported.Output);
        Assert.True(imported.ExitCode == 0, imported.Output);
        Assert.True(exportedFromRedis.ExitCode == 0, exportedFromRedis.Output);
        Assert.Equal(fromEmbedded, fromRedis);
        Assert.Contains(fromRedis, line => line.Contains("\"kind\":\"reminder\"", StringComparison.Ordinal));
        Assert.NotEqual(0, importedAgain.ExitCode);
        Assert.Contains("not empty", importedAgain.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, loggedIn.StatusCode);
        Assert.Equal(before, after);
    }

    private const string Reminder =
        """{"kind":"reminder","grainId":"reminderprobe/moved","name":"daily","startAt":"2026-04-01T00:00:00Z","period":"1.00:00:00"}""";

    // Every line but the header, in a stable order: what the store held.
    private static List<string> Records(string file) =>
        [.. File.ReadLines(file).Skip(1).Order(StringComparer.Ordinal)];

    // The same calls, answered as JSON text: the thread, its posts, the public space's list and the person's own view.
    private static async Task<string[]> ReadAnswersAsync(HubNode node, CookieContainer cookies, string threadId)
    {
        using var client = node.Client(cookies);
        string[] paths = [$"/api/threads/{threadId}", $"/api/threads/{threadId}/posts?limit=500", "/api/threads?space=public", "/api/me"];
        var answers = new List<string>();
        foreach (var path in paths)
        {
            answers.Add(JsonSerializer.Serialize(await client.GetFromJsonAsync<JsonElement>(path)));
        }

        return [.. answers];
    }
}
