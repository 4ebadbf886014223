using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Cluster.Tests.Support;

/// <summary>A SignalR client on one node, subscribed to one stream, keeping every event it is given (caught up or pushed).</summary>
public sealed class LiveWatcher : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<LiveEventDto> _received = new();

    private LiveWatcher(HubConnection connection)
    {
        _connection = connection;
        _connection.On<LiveEventDto>("Event", _received.Enqueue);
    }

    public IReadOnlyCollection<LiveEventDto> Received => _received;

    public static async Task<LiveWatcher> ConnectAsync(HubNode node, Member member)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node.Address, "/hubs/exchange"), options => options.Cookies = member.Cookies)
            .Build();
        await connection.StartAsync();
        return new LiveWatcher(connection);
    }

    /// <summary>How many subscribe calls failed and were made again.</summary>
    public int SubscribeRetries { get; private set; }

    /// <summary>
    /// Subscribes after <paramref name="afterSeq"/>; the events missed since come back and are kept too. A call that fails
    /// (grains of a node that just died are not reachable until the cluster has declared it dead) is made again, as the
    /// browser client does, for up to <paramref name="patience"/>.
    /// </summary>
    public async Task SubscribeAsync(string stream, long afterSeq, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            try
            {
                foreach (var missed in await _connection.InvokeAsync<IReadOnlyList<LiveEventDto>>("Subscribe", stream, afterSeq))
                {
                    _received.Enqueue(missed);
                }

                return;
            }
            catch (HubException) when (DateTime.UtcNow < deadline)
            {
                SubscribeRetries++;
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds for what was received, or fails after the timeout.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyCollection<LiveEventDto>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done(_received))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Received {_received.Count} events, not yet what was expected.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}

public sealed record LiveEventDto(string Stream, long Seq, string Type, DateTimeOffset At, JsonElement Data);
