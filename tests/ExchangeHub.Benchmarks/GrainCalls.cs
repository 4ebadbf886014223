using System.Diagnostics;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Benchmarks;

/// <summary>G4 against B2 and B4: grain calls from the driver through a silo's gateway, one at a time.</summary>
public static class GrainCalls
{
    public static async Task<List<double>> PingAsync(IGrainFactory grains, int count) =>
        (await MeasureAsync(count, i => grains.GetGrain<IPingGrain>("ping").PingAsync(i), null)).Ours;

    /// <summary>A plain read of a thread: one [ReadOnly] call that answers from memory.</summary>
    public static async Task<List<double>> ReadThreadAsync(IGrainFactory grains, string threadId, int count) =>
        (await MeasureAsync(count, _ => grains.GetGrain<ITopicThreadGrain>(threadId).GetAsync(), null)).Ours;

    /// <summary>
    /// A call that writes its grain's state once (a person choosing how closely to follow a thread), each followed by
    /// a raw upsert of the same size, so that both meet the same disk: it shifts between regimes for seconds at a time
    /// (a raw write's median moved between 0.13 and 0.29 ms from one phase of a run to the next), and phases measured
    /// one after the other compared one regime with another.
    /// </summary>
    public static Task<(List<double> Ours, List<double> Bare)> WriteFollowingAsync(
        IGrainFactory hub, string userId, ThreadRef thread, StoreWrites.Writer raw, int count) =>
        MeasureAsync(count,
            i => hub.GetGrain<IFollowingGrain>(userId).SetLevelAsync(thread, i % 2 == 0 ? FollowLevel.Tracking : FollowLevel.Watching, 1),
            _ =>
            {
                raw.Write();
                return Task.CompletedTask;
            });

    // Each sample of ours is followed by one of the baseline's, when there is one; the first tenth warms up and is dropped.
    private static async Task<(List<double> Ours, List<double> Bare)> MeasureAsync(int count, Func<int, Task> ours, Func<int, Task>? bare)
    {
        var (oursTimes, bareTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < count + (count / 10); i++)
        {
            var ourTime = await TimeAsync(ours, i);
            var bareTime = bare is null ? 0 : await TimeAsync(bare, i);
            if (i >= count / 10)
            {
                oursTimes.Add(ourTime);
                bareTimes.Add(bareTime);
            }
        }

        return (oursTimes, bareTimes);
    }

    private static async Task<double> TimeAsync(Func<int, Task> call, int i)
    {
        var started = Stopwatch.GetTimestamp();
        await call(i);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
