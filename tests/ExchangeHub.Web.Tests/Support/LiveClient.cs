using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Web.Tests.Support;

/// <summary>The real .NET SignalR client on the hub, recording every pushed event so tests can await them.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<LiveEventDto> _pushed = new();
    private readonly ConcurrentQueue<LiveSignalDto> _signals = new();
    private readonly SemaphoreSlim _arrivals = new(0);

    private LiveClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<LiveEventDto>("Event", e =>
        {
            _pushed.Enqueue(e);
            _arrivals.Release();
        });
        _connection.On<LiveSignalDto>("Signal", s =>
        {
            _signals.Enqueue(s);
            _arrivals.Release();
        });
    }

    public IReadOnlyCollection<LiveSignalDto> Signals => _signals;

    public Task InvokeAsync(string method, params object[] args) => _connection.InvokeCoreAsync(method, args);

    /// <summary>Waits until a signal matches, or fails after the timeout.</summary>
    public async Task<LiveSignalDto> WaitForSignalAsync(Func<LiveSignalDto, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (_signals.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await _arrivals.WaitAsync(deadline.Token);
        }
    }

    public IReadOnlyCollection<LiveEventDto> Pushed => _pushed;

    public static async Task<LiveClient> ConnectAsync(HubServer server, CookieContainer? cookies = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/exchange"), options => options.Cookies = cookies ?? new CookieContainer())
            .Build();
        var client = new LiveClient(connection);
        await connection.StartAsync();
        return client;
    }

    public Task<IReadOnlyList<LiveEventDto>> SubscribeAsync(string stream, long afterSeq) =>
        _connection.InvokeAsync<IReadOnlyList<LiveEventDto>>("Subscribe", stream, afterSeq);

    /// <summary>Waits until a pushed event matches, or fails after the timeout.</summary>
    public async Task<LiveEventDto> WaitForAsync(Func<LiveEventDto, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (_pushed.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await _arrivals.WaitAsync(deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _arrivals.Dispose();
    }
}

public sealed record LiveSignalDto(string Stream, string Type, JsonElement Data);

public sealed record LiveEventDto(string Stream, long Seq, string Type, DateTimeOffset At, JsonElement Data);
