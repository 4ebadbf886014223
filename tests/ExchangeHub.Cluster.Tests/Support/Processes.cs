using System.Collections.Concurrent;
using System.Diagnostics;

namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>Starts child processes whose output is kept (the last lines) for failure messages.</summary>
public static class Processes
{
    public static Process Start(ProcessStartInfo start, ConcurrentQueue<string> output)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>SIGTERM: the process shuts down as it would under systemd or Kubernetes.</summary>
    public static async Task TerminateAsync(Process process, TimeSpan patience)
    {
        if (process.HasExited)
        {
            return;
        }

        await SignalAsync(process, "TERM");

        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public static async Task SignalAsync(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>SIGKILL: no shutdown at all, as when a machine loses power.</summary>
    public static async Task KillAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 300 && output.TryDequeue(out _))
        {
        }
    }
}
