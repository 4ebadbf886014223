using System.Diagnostics;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Benchmarks;

/// <summary>G4 against B2 and B4: grain calls from the driver through a silo's gateway, one at a time.</summary>
public static class GrainCalls
{
    /// <summary>
    /// Orleans times each state write where the grain makes it (the storage call behind <c>WriteStateAsync</c>,
    /// serializer and store included) and the hub exports it with buckets of 0.05 ms.
    /// </summary>
    public const string StateWriteLatency = "orleans_storage_write_latency_milliseconds";

    public const string FollowingState = "state_name=\"following\"";

    public static async Task<List<double>> PingAsync(IGrainFactory grains, int count) =>
        (await MeasureAsync(count, i => grains.GetGrain<IPingGrain>("ping").PingAsync(i)))[0];

    /// <summary>A plain read of a thread: one [ReadOnly] call that answers from memory.</summary>
    public static async Task<List<double>> ReadThreadAsync(IGrainFactory grains, string threadId, int count) =>
        (await MeasureAsync(count, _ => grains.GetGrain<ITopicThreadGrain>(threadId).GetAsync()))[0];

    /// <summary>
    /// A call that writes its grain's state once (a person choosing how closely to follow a thread), each followed by
    /// a raw upsert of the same size, so that both meet the same disk: it shifts between regimes for seconds at a time
    /// (a raw write's median moved between 0.13 and 0.29 ms from one phase of a run to the next), and phases measured
    /// one after the other compared one regime with another.
    /// </summary>
    public static async Task<(List<double> Ours, List<double> Bare)> WriteFollowingAsync(
        IGrainFactory hub, string userId, ThreadRef thread, StoreWrites.Writer raw, int count)
    {
        var times = await MeasureAsync(count,
            i => hub.GetGrain<IFollowingGrain>(userId).SetLevelAsync(thread, i % 2 == 0 ? FollowLevel.Tracking : FollowLevel.Watching, 1),
            _ =>
            {
                raw.Write();
                return Task.CompletedTask;
            });
        return (times[0], times[1]);
    }

    /// <summary>The rounds made to time <paramref name="count"/> of each call: a tenth more, which warm up.</summary>
    public static int Rounds(int count) => count + (count / 10);

    // Each round calls each of the calls once, in order, and times each; the first tenth of the rounds warms up.
    private static async Task<List<double>[]> MeasureAsync(int count, params Func<int, Task>[] calls)
    {
        var times = calls.Select(_ => new List<double>(count)).ToArray();
        for (var i = 0; i < Rounds(count); i++)
        {
            for (var c = 0; c < calls.Length; c++)
            {
                var started = Stopwatch.GetTimestamp();
                await calls[c](i);
                if (i >= count / 10)
                {
                    times[c].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }

        return times;
    }
}
