using ExchangeHub.Web.Tests.Support;

namespace ExchangeHub.Web.Tests.Hosting.Operations;

[Collection(nameof(MetricsCollection))]
public sealed class MetricsTests(MetricsHubServer server) : IClassFixture<MetricsHubServer>
{
    [Fact]
    public async Task Metrics_FromLoopbackAfterAPost_ShowOurMetersAndOrleans()
    {
        var person = await Person.SignUpAsync(server);
        var thread = await person.StartThreadAsync();
        await person.PostAsync(thread.GetProperty("id").GetString() ?? "", "メトリクスの確認");

        var text = await ScrapeAsync();

        Assert.Contains("exchangehub_posts_created_total{", text, StringComparison.Ordinal);
        Assert.Contains("kind=\"thread_post\"", text, StringComparison.Ordinal);
        Assert.Contains("exchangehub_live_events_published_total{", text, StringComparison.Ordinal);
        Assert.Contains("exchangehub_live_events_delivery_lag_milliseconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("otel_scope_name=\"Microsoft.Orleans\"", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_StoreLatencies_HaveBucketsFinerThanAMillisecond()
    {
        var text = await ScrapeAfterANewThreadAsync();

        foreach (var metric in new[] { "orleans_storage_write_latency_milliseconds", "orleans_storage_read_latency_milliseconds" })
        {
            var bounds = BucketBounds(text, metric);
            Assert.Contains("0.05", bounds);
            Assert.Contains("0.15", bounds);
            Assert.Contains("1", bounds);
            Assert.Contains("10000", bounds);
        }
    }

    [Fact]
    public async Task Metrics_KestrelMemoryPool_IsNotMeasured()
    {
        var text = await ScrapeAfterANewThreadAsync();

        Assert.Contains("http_server_request_duration", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aspnetcore_memory_pool", text, StringComparison.Ordinal);
    }

    // Someone signs up and starts a thread (state written and read), then /metrics is read from loopback.
    private async Task<string> ScrapeAfterANewThreadAsync()
    {
        var person = await Person.SignUpAsync(server);
        await person.StartThreadAsync();
        return await ScrapeAsync();
    }

    private async Task<string> ScrapeAsync()
    {
        using var client = server.NewClient();
        return await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
    }

    private static HashSet<string> BucketBounds(string metrics, string name) => metrics.Split('\n')
        .Where(line => line.StartsWith(name + "_bucket{", StringComparison.Ordinal))
        .Select(line => line[(line.IndexOf("le=\"", StringComparison.Ordinal) + 4)..line.LastIndexOf('"')])
        .ToHashSet();
}
