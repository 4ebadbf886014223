using System.Diagnostics;
using System.Globalization;
using ExchangeHub.Tests.Shared;

namespace ExchangeHub.Benchmarks;

/// <summary>The hub started as its own process on free loopback ports; an empty store of its own unless settings say Redis.</summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HubProcess(Process process, string dataPath, Uri address, int gatewayPort)
    {
        _process = process;
        DataPath = dataPath;
        Address = address;
        GatewayPort = gatewayPort;
    }

    public Uri Address { get; }

    public int GatewayPort { get; }

    public string DataPath { get; }

    public string DatabaseFile => Path.Combine(DataPath, "exchangehub.db");

    public int ProcessId => _process.Id;

    public static async Task<HubProcess> StartAsync(string webDll, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "exchangehub-bench-" + Guid.NewGuid().ToString("N"));
        var address = new Uri($"http://127.0.0.1:{FreePorts.Take()}");
        var gatewayPort = FreePorts.Take();
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll) ?? ".",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ExchangeHub__DataPath"] = dataPath;
        start.Environment["ExchangeHub__SeedDemoData"] = "false";
        start.Environment["ExchangeHub__SiloPort"] = FreePorts.Take().ToString(CultureInfo.InvariantCulture);
        start.Environment["ExchangeHub__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // The benchmark measures the hub's work, not its abuse limits, which would rightly refuse one address signing
        // up a thousand people or one person posting at capacity.
        start.Environment["ExchangeHub__RateLimits__SignUpsPerAddress"] = "1000000";
        start.Environment["ExchangeHub__RateLimits__WriteBurst"] = "1000000";
        start.Environment["ExchangeHub__RateLimits__WritesPerMinute"] = "1000000";
        start.Environment["ExchangeHub__RateLimits__SearchesPerMinute"] = "1000000";

        // A hub that has run for days runs fully optimised code. On a busy machine the background JIT that gets there
        // can lag by minutes, so the early scenarios would measure unoptimised code; compile optimised from the start.
        start.Environment["DOTNET_TieredCompilation"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var hub = new HubProcess(ChildProcess.Start(start), dataPath, address, gatewayPort);
        await ChildProcess.WaitUntilAnsweringAsync(address, "/health/ready", hub._process);
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        await ChildProcess.StopAsync(_process);
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
