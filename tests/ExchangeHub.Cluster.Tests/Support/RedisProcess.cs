using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using ExchangeHub.Tests.Shared;

namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>A redis-server of the test's own on a free loopback port, without persistence; killed at the end.</summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output;
    private readonly Process _process;
    private bool _disposed;

    private RedisProcess(int port, Process process, ConcurrentQueue<string> output)
    {
        Port = port;
        _process = process;
        _output = output;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisProcess> StartAsync()
    {
        var port = FreePorts.Take(1)[0];
        var output = new ConcurrentQueue<string>();
        var redis = new RedisProcess(port, Launch(port, output), output);
        await redis.WaitUntilAnsweringAsync();
        return redis;
    }

    /// <summary>SIGSTOP: Redis stops answering but keeps its data and connections, as in a network partition.</summary>
    public Task PauseAsync() => Processes.SignalAsync(_process, "STOP");

    /// <summary>SIGCONT: Redis answers again with everything it had.</summary>
    public Task ResumeAsync() => Processes.SignalAsync(_process, "CONT");

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Processes.KillAsync(_process);
        _process.Dispose();
    }

    private static Process Launch(int port, ConcurrentQueue<string> output) => Processes.Start(
        new ProcessStartInfo("redis-server", ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]),
        output);

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"redis-server on port {Port} did not answer within 15 s: {string.Join('\n', _output)}");
    }
}
