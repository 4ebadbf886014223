using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// Many real .NET SignalR clients listening to one stream (or bare group). Each message is matched to the send that
/// caused it by a marker in its body; a send is complete when every subscriber has it. Threads are read by people signed
/// in, so hub subscribers share one person's cookies: one person with many tabs open.
/// </summary>
public sealed class Subscribers : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly ConcurrentDictionary<string, Pending> _pending = new();
    private readonly ConcurrentDictionary<int, List<long>> _seqs = new();

    public int Count => _connections.Count;

    /// <summary>Every seq each subscriber received, in the order received.</summary>
    public IReadOnlyDictionary<int, List<long>> Seqs => _seqs;

    private long _received;

    public long Received => Interlocked.Read(ref _received);

    public static async Task<Subscribers> ConnectAsync(IReadOnlyList<Uri> hubUrls, int count, Func<HubConnection, Task> subscribe, CookieContainer? cookies = null)
    {
        var subscribers = new Subscribers();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(count, 16)).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var connection = new HubConnectionBuilder().WithUrl(hubUrls[index % hubUrls.Count], o => o.Cookies = cookies ?? new CookieContainer()).Build();
                connection.ServerTimeout = TimeSpan.FromSeconds(60);
                var seqs = subscribers._seqs.GetOrAdd(index, _ => []);
                connection.On<JsonElement>("Event", message => subscribers.OnEvent(message, seqs));
                await connection.StartAsync();
                await subscribe(connection);
                lock (subscribers._connections)
                {
                    subscribers._connections.Add(connection);
                }
            }
        }));
        return subscribers;
    }

    /// <summary>Registers a send before it happens; the task ends with the timestamp at which the last subscriber had it.</summary>
    public Task<long> Expect(string marker)
    {
        var pending = new Pending(_connections.Count);
        _pending[marker] = pending;
        return pending.Completed.Task;
    }

    public void Forget(string marker) => _pending.TryRemove(marker, out _);

    private void OnEvent(JsonElement message, List<long> seqs)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _received);
        if (message.TryGetProperty("seq", out var seq))
        {
            lock (seqs)
            {
                seqs.Add(seq.GetInt64());
            }
        }

        var marker = Marker(message);
        if (marker is not null && _pending.TryGetValue(marker, out var pending) && Interlocked.Decrement(ref pending.Remaining) == 0)
        {
            pending.Completed.TrySetResult(now);
            _pending.TryRemove(marker, out _);
        }
    }

    public static string? Marker(JsonElement message) =>
        message.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("body", out var body)
            ? body.GetString()?.Split(' ')[0]
            : null;

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_connections.Select(async connection => await connection.DisposeAsync()));
    }

    private sealed class Pending(int remaining)
    {
        public int Remaining = remaining;

        public TaskCompletionSource<long> Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
