using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>
/// A hub of its own for the tests that read /metrics, run while no other test runs (<see cref="MetricsCollection"/>).
/// Every hub in this process names its meters alike, and OpenTelemetry stops exporting an instrument in every hub once
/// any hub disposes a meter of that name: a hub shared with tests whose own hubs come and go would lose its metrics
/// partway through the run. Scrapes here are answered fresh rather than from a copy kept for 300 ms, so that a test
/// reads what its own requests recorded.
/// </summary>
public sealed class MetricsHubServer : HubServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            services.Configure<PrometheusAspNetCoreOptions>(options => options.ScrapeResponseCacheDurationMilliseconds = 0));
    }
}
