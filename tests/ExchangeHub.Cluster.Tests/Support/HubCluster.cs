namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>A Redis of its own and several hub nodes on it, or one embedded node on a SQLite folder of its own.</summary>
public sealed class HubCluster : IAsyncDisposable
{
    // Failure detection for the tests: a node that misses 2 probes of 2 s each is suspected, and declared dead once
    // two others agree; production keeps Orleans' defaults (see docs/operations.md).
    public static readonly TimeSpan FailureDetectionTime = TimeSpan.FromSeconds(4);

    private HubCluster(RedisProcess? redis, IReadOnlyList<HubNode> nodes, string? dataPath = null)
    {
        Redis = redis;
        Nodes = nodes;
        DataPath = dataPath;
    }

    public RedisProcess? Redis { get; }

    public IReadOnlyList<HubNode> Nodes { get; }

    /// <summary>The embedded node's store folder; none for a Redis cluster.</summary>
    public string? DataPath { get; }

    public static async Task<HubCluster> StartRedisAsync(int nodeCount, RedisProcess? redis = null)
    {
        redis ??= await RedisProcess.StartAsync();
        var settings = CommonSettings(Guid.NewGuid().ToString("N"));
        settings["ExchangeHub__Cluster__Mode"] = "redis";
        settings["ExchangeHub__Cluster__Redis"] = redis.ConnectionString;
        var nodes = Enumerable.Range(0, nodeCount).Select(index => new HubNode(((char)('A' + index)).ToString(), settings)).ToList();
        var cluster = new HubCluster(redis, nodes);
        await Task.WhenAll(nodes.Select(node => node.StartAsync()));
        return cluster;
    }

    public static async Task<HubCluster> StartEmbeddedAsync()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "exchangehub-cluster-" + Guid.NewGuid().ToString("N"));
        var settings = CommonSettings(Guid.NewGuid().ToString("N"));
        settings["ExchangeHub__DataPath"] = dataPath;
        var cluster = new HubCluster(null, [new HubNode("embedded", settings)], dataPath);
        await cluster.Nodes[0].StartAsync();
        return cluster;
    }

    public string Output => string.Join('\n', Nodes.Select(node => node.RecentOutput));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        if (DataPath is not null && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    private static Dictionary<string, string> CommonSettings(string clusterId) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["ExchangeHub__ClusterId"] = clusterId,
        ["ExchangeHub__SeedDemoData"] = "false",
        // Every member signs up from loopback and posters write hundreds of times as one person.
        ["ExchangeHub__RateLimits__SignUpsPerAddress"] = "1000000",
        ["ExchangeHub__RateLimits__WriteBurst"] = "1000000",
        ["ExchangeHub__Cluster__Membership__ProbeTimeout"] = "00:00:02",
        ["ExchangeHub__Cluster__Membership__NumMissedProbesLimit"] = "2",
        ["ExchangeHub__Cluster__Membership__TableRefreshTimeout"] = "00:00:05",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__Console__FormatterName"] = "simple",
    };
}
