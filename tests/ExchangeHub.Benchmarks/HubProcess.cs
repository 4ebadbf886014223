using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ExchangeHub.Benchmarks;

/// <summary>The hub started as its own process on free loopback ports with an empty store of its own.</summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataPath;

    private HubProcess(Process process, string dataPath, Uri address)
    {
        _process = process;
        _dataPath = dataPath;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<HubProcess> StartAsync(string webDll)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "exchangehub-bench-" + Guid.NewGuid().ToString("N"));
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll) ?? ".",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ExchangeHub__DataPath"] = dataPath;
        start.Environment["ExchangeHub__SeedDemoData"] = "false";
        start.Environment["ExchangeHub__SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ExchangeHub__GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The hub did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var hub = new HubProcess(process, dataPath, address);
        await hub.WaitUntilServingAsync();
        return hub;
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/api/labs")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The hub did not answer within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
