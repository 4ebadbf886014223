using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExchangeHub.Benchmarks;

public sealed record ResyncCheck(int Reconnects, long Events, long Gaps, long DuplicatesOnOneConnection, long Overlap, long SubscriberGaps, long SubscriberDuplicates);

/// <summary>
/// A subscriber that drops its connection again and again under load and comes back with the last seq it has, as the
/// browser does; afterwards the seqs it holds must run without a gap, and no connection may deliver a seq twice.
/// </summary>
public sealed class Resync(Uri hubUrl, string stream, CookieContainer cookies)
{
    private readonly SortedSet<long> _held = [];
    private long _overlap;
    private long _duplicates;
    private int _reconnects;

    public async Task RunAsync(CancellationToken stop)
    {
        while (true)
        {
            var connection = await ConnectAsync();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1.5), stop);
            }
            catch (OperationCanceledException)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
                await connection.DisposeAsync();
                await CatchUpAsync(await ConnectAsync(), disposeAfter: true);
                return;
            }

            await connection.DisposeAsync();
            _reconnects++;
        }
    }

    public ResyncCheck Check(Subscribers others)
    {
        long gaps;
        lock (_held)
        {
            gaps = _held.Count == 0 ? 0 : _held.Max - _held.Min + 1 - _held.Count;
        }

        long subscriberGaps = 0, subscriberDuplicates = 0;
        foreach (var seqs in others.Seqs.Values)
        {
            lock (seqs)
            {
                var distinct = seqs.Distinct().ToList();
                subscriberDuplicates += seqs.Count - distinct.Count;
                subscriberGaps += distinct.Count == 0 ? 0 : distinct.Max() - distinct.Min() + 1 - distinct.Count;
            }
        }

        return new ResyncCheck(_reconnects, _held.Count, gaps, _duplicates, _overlap, subscriberGaps, subscriberDuplicates);
    }

    private async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder().WithUrl(hubUrl, o => o.Cookies = cookies).Build();
        var seen = new HashSet<long>();
        connection.On<JsonElement>("Event", message => Hold(message.GetProperty("seq").GetInt64(), seen));
        await connection.StartAsync();
        await CatchUpAsync(connection, disposeAfter: false);
        return connection;
    }

    // Subscribe answers at most 1,000 missed events; ask again from the last one until the answer is short. Not from the
    // highest seq held: pushes that arrived meanwhile are past the events not yet fetched.
    private async Task CatchUpAsync(HubConnection connection, bool disposeAfter)
    {
        long after;
        lock (_held)
        {
            after = _held.Count == 0 ? 0 : _held.Max;
        }

        while (true)
        {
            var missed = await connection.InvokeAsync<JsonElement>("Subscribe", stream, after);
            foreach (var e in missed.EnumerateArray())
            {
                after = e.GetProperty("seq").GetInt64();
                Hold(after, null);
            }

            if (missed.GetArrayLength() < 1000)
            {
                break;
            }
        }

        if (disposeAfter)
        {
            await connection.DisposeAsync();
        }
    }

    // Live pushes on one connection must never repeat; the catch-up answer may overlap them, and the client drops those.
    private void Hold(long seq, HashSet<long>? livePushes)
    {
        lock (_held)
        {
            if (livePushes is not null && !livePushes.Add(seq))
            {
                _duplicates++;
            }

            if (!_held.Add(seq))
            {
                _overlap++;
            }
        }
    }
}
