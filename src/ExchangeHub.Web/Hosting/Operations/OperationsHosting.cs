using ExchangeHub.Core.Common.Metrics;
using ExchangeHub.Core.Common.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Dashboard;

namespace ExchangeHub.Web.Hosting.Operations;

/// <summary>What an operator needs to run the hub: health, metrics and traces, the Orleans dashboard.</summary>
public static class OperationsHosting
{
    public const string OperatorPolicy = "operator";
    public const string DashboardPath = "/dashboard";
    public const string MetricsPath = "/metrics";

    private static readonly string[] _orleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    // The store commits in a fraction of a millisecond on a local disk, where the default buckets (0, 5, 10 … ms) would
    // put every read and write in the first one: 0.05 ms steps up to 1 ms, then the usual ones.
    private static readonly string[] _storageLatencies = ["orleans-storage-read-latency", "orleans-storage-write-latency", "orleans-storage-clear-latency"];
    private static readonly double[] _storageLatencyBuckets =
    [
        .. Enumerable.Range(1, 20).Select(step => Math.Round(step * 0.05, 2)),
        1.5, 2, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000,
    ];

    public static WebApplicationBuilder AddExchangeHubOperations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<TelemetrySettings>(builder.Configuration.GetSection(TelemetrySettings.Section));
        services.AddHealthChecks().AddCheck<SiloReadyHealthCheck>("silo", tags: ["ready"]);
        services.AddAuthorizationBuilder().AddPolicy(OperatorPolicy, policy => policy.RequireRole(Roles.Operator));
        services.AddExceptionHandler<UnavailableExceptionHandler>();

        var serviceName = builder.Configuration.GetSection(TelemetrySettings.Section).Get<TelemetrySettings>()?.ServiceName ?? "exchangehub";
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddMeter("Microsoft.Orleans", HubMetrics.MeterName)
                    .AddPrometheusExporter();
                foreach (var instrument in _storageLatencies)
                {
                    metrics.AddView(instrument, new ExplicitBucketHistogramConfiguration { Boundaries = _storageLatencyBuckets });
                }

                // Kestrel's memory pool reports every buffer it lends and takes back, several for each message sent to
                // each connection: about 2 % of the hub's processor while a thread has 100 watchers, for figures no
                // operator acts on. Dropped, the pool is not measured at all.
                metrics.AddView("aspnetcore.memory_pool.*", MetricStreamConfiguration.Drop);
            });

        // Traces cost something per request, so they are only made when there is somewhere to send them.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsOperations(context.Request.Path))
                    .AddSource(_orleansSources)
                    .AddSource("Microsoft.AspNetCore.SignalR.Server"))
                .UseOtlpExporter();
        }

        return builder;
    }

    public static WebApplication MapExchangeHubOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.UseMiddleware<MetricsAccessMiddleware>(), optionsName: null);
        app.MapOrleansDashboard(routePrefix: DashboardPath).RequireAuthorization(OperatorPolicy);
        return app;
    }

    private static bool IsOperations(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsPath) || path.StartsWithSegments(DashboardPath);
}
