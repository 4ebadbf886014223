using System.Collections.Concurrent;
using System.Diagnostics;

namespace ExchangeHub.Benchmarks;

public sealed record LoadStep(
    int Senders, double Seconds, int Attempted, int Accepted, int ServerErrors, int OtherRejections, int Timeouts,
    double AcceptedPerSecond, double DeliveredPerSecond, double P50, double P99);

/// <summary>
/// Raises the number of concurrent senders step by step until p99 from send to the last subscriber passes 1 s; every
/// sender sends again as soon as its request is answered. A message not complete 5 s after its step counts as timed out.
/// </summary>
public static class Capacity
{
    public static async Task<List<LoadStep>> RunAsync(Subscribers subscribers, Send send, IReadOnlyList<int> levels, TimeSpan stepLength)
    {
        var steps = new List<LoadStep>();
        foreach (var level in levels)
        {
            var step = await StepAsync(subscribers, send, level, stepLength);
            steps.Add(step);
            Console.WriteLine($"  {level,4} senders: {step.AcceptedPerSecond,8:0} sends/s, {step.DeliveredPerSecond,9:0} delivered/s, p99 {step.P99,7:0.0} ms, 5xx {step.ServerErrors}, timeouts {step.Timeouts}");
            if (step.P99 > 1000)
            {
                break;
            }
        }

        return steps;
    }

    private static async Task<LoadStep> StepAsync(Subscribers subscribers, Send send, int level, TimeSpan stepLength)
    {
        var latencies = new ConcurrentBag<double>();
        var deliveries = new ConcurrentBag<Task>();
        int attempted = 0, accepted = 0, serverErrors = 0, rejected = 0, timeouts = 0;
        var receivedBefore = subscribers.Received;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, level).Select(async _ =>
        {
            while (Stopwatch.GetElapsedTime(started) < stepLength)
            {
                var marker = Senders.NewMarker();
                var arrived = subscribers.Expect(marker);
                var sent = Stopwatch.GetTimestamp();
                Interlocked.Increment(ref attempted);
                try
                {
                    var status = (int)await send(marker).WaitAsync(TimeSpan.FromSeconds(10));
                    if (status < 300)
                    {
                        Interlocked.Increment(ref accepted);
                        deliveries.Add(RecordAsync(arrived, sent, latencies));
                        continue;
                    }

                    Interlocked.Increment(ref status >= 500 ? ref serverErrors : ref rejected);
                }
                catch (Exception e) when (e is TimeoutException or TaskCanceledException or HttpRequestException)
                {
                    Interlocked.Increment(ref timeouts);
                }

                subscribers.Forget(marker);
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var delivered = subscribers.Received - receivedBefore;
        try
        {
            await Task.WhenAll(deliveries).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // Counted below: every accepted send that did not reach everyone.
        }

        var completed = latencies.ToList();
        timeouts += accepted - completed.Count;
        completed.AddRange(Enumerable.Repeat(5000.0, accepted - completed.Count));
        var stats = completed.Count > 0 ? Stats.Of(completed) : new Stats(0, 0, 0, 0, 0);
        return new LoadStep(level, seconds, attempted, accepted, serverErrors, rejected, timeouts, accepted / seconds, delivered / seconds, stats.P50, stats.P99);
    }

    // A delivery that never completes is counted as timed out by the step; one that fails surfaces where it is awaited.
    private static async Task RecordAsync(Task<long> arrived, long sent, ConcurrentBag<double> latencies) =>
        latencies.Add(Stopwatch.GetElapsedTime(sent, await arrived).TotalMilliseconds);
}
