using System.Collections.Concurrent;
using System.Diagnostics;

namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>Runs the hub's export or import command as an operator would, with the store named by environment settings.</summary>
public static class StoreCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string verb, string file, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [WebBuild.Dll, verb, file]) { WorkingDirectory = Path.GetDirectoryName(WebBuild.Dll) ?? "." };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var output = new ConcurrentQueue<string>();
        using var process = Processes.Start(start, output);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit();
        return (process.ExitCode, string.Join('\n', output));
    }
}
