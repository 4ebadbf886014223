using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using ExchangeHub.Tests.Shared;

namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>One hub process (`dotnet ExchangeHub.Web.dll --urls ...`) with its own HTTP, silo and gateway ports.</summary>
public sealed class HubNode : IAsyncDisposable
{
    private readonly Dictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public HubNode(string name, IReadOnlyDictionary<string, string> settings)
    {
        var ports = FreePorts.Take(3);
        Name = name;
        Address = new Uri($"http://127.0.0.1:{ports[0]}");
        _settings = new Dictionary<string, string>(settings)
        {
            ["ExchangeHub__SiloPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["ExchangeHub__GatewayPort"] = ports[2].ToString(CultureInfo.InvariantCulture),
        };
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool IsRunning => _process is { HasExited: false };

    public string RecentOutput => $"--- {Name} ({Address}) ---\n{string.Join('\n', _output.TakeLast(60))}";

    /// <summary>Starts the process (again, after a stop) and waits until /health/ready answers 200.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", [WebBuild.Dll, "--urls", Address.ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(WebBuild.Dll) ?? ".",
        };
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }

        _process?.Dispose();
        _process = Processes.Start(start, _output);
        await WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await Processes.KillAsync(_process);
        }
    }

    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await Processes.TerminateAsync(_process, TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>A client of this node sharing a person's cookies (cookies belong to the host, not the port, so one jar serves every node).</summary>
    public HttpClient Client(CookieContainer cookies, TimeSpan? timeout = null) =>
        new(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = Address, Timeout = timeout ?? TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan patience)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}.\n{RecentOutput}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} was not ready within {patience.TotalSeconds} s.\n{RecentOutput}");
    }
}
