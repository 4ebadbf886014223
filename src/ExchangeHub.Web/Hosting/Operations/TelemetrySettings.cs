namespace ExchangeHub.Web.Hosting.Operations;

/// <summary>The settings under "ExchangeHub:Telemetry".</summary>
public sealed class TelemetrySettings
{
    public const string Section = "ExchangeHub:Telemetry";

    /// <summary>Networks (CIDR, e.g. "10.0.0.0/8") whose scrapers may read /metrics besides this machine itself.</summary>
    public IReadOnlyList<string> MetricsNetworks { get; set; } = [];

    /// <summary>The service name in traces and metrics.</summary>
    public string ServiceName { get; set; } = "exchangehub";
}
