using ExchangeHub.Web.Hosting.Cluster;

namespace ExchangeHub.Web.Hosting;

/// <summary>The settings under "ExchangeHub" that choose how the hub runs.</summary>
public sealed class ExchangeHubOptions
{
    public const string Section = "ExchangeHub";

    /// <summary>Folder of the embedded store; the SQLite file is exchangehub.db inside it.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Fill an empty store with demo labs, people and case studies at start.</summary>
    public bool SeedDemoData { get; set; }

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one on; loopback by default, the host's own address in a real cluster.</summary>
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    public string ClusterId { get; set; } = "exchangehub";

    /// <summary>How this node stores state and finds the other nodes.</summary>
    public ClusterSettings Cluster { get; set; } = new();

    /// <summary>Largest request body accepted on the API, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
