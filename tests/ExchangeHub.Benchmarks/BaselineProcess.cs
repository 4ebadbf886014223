using System.Diagnostics;
using System.Globalization;
using ExchangeHub.Tests.Shared;

namespace ExchangeHub.Benchmarks;

/// <summary>This program started again as "baseline-host": the bare hub and the bare silo, in a process apart from the driver.</summary>
public sealed class BaselineProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BaselineProcess(Process process, Uri address, int gatewayPort)
    {
        _process = process;
        Address = address;
        GatewayPort = gatewayPort;
    }

    public Uri Address { get; }

    public int GatewayPort { get; }

    public int ProcessId => _process.Id;

    public static async Task<BaselineProcess> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePorts.Take()}");
        var gatewayPort = FreePorts.Take();
        var self = Path.Combine(AppContext.BaseDirectory, "ExchangeHub.Benchmarks.dll");
        var start = new ProcessStartInfo("dotnet",
            [self, "baseline-host", address.ToString(), FreePorts.Take().ToString(CultureInfo.InvariantCulture), gatewayPort.ToString(CultureInfo.InvariantCulture)]);

        // The hub is a web project and so runs the server GC; the baseline must too, or memory per item is not comparable.
        start.Environment["DOTNET_gcServer"] = "1";
        var process = ChildProcess.Start(start);
        await ChildProcess.WaitUntilAnsweringAsync(address, "/ready", process);
        return new BaselineProcess(process, address, gatewayPort);
    }

    public ValueTask DisposeAsync() => new(ChildProcess.StopAsync(_process));
}
