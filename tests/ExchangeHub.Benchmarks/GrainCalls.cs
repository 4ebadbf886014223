using System.Diagnostics;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Benchmarks;

/// <summary>G4 and B2: grain calls from the driver through a silo's gateway, one at a time.</summary>
public static class GrainCalls
{
    public static Task<List<double>> PingAsync(IGrainFactory grains, int count) =>
        TimeAsync(count, i => grains.GetGrain<IPingGrain>("ping").PingAsync(i));

    /// <summary>A plain read of a thread: one [ReadOnly] call that answers from memory.</summary>
    public static Task<List<double>> ReadThreadAsync(IGrainFactory grains, string threadId, int count) =>
        TimeAsync(count, _ => grains.GetGrain<ITopicThreadGrain>(threadId).GetAsync());

    /// <summary>A call that writes its grain's state once: a person choosing how closely to follow a thread.</summary>
    public static Task<List<double>> WriteFollowingAsync(IGrainFactory grains, string userId, ThreadRef thread, int count) =>
        TimeAsync(count, i => grains.GetGrain<IFollowingGrain>(userId).SetLevelAsync(thread, i % 2 == 0 ? FollowLevel.Tracking : FollowLevel.Watching, 1));

    private static async Task<List<double>> TimeAsync(int count, Func<int, Task> call)
    {
        var latencies = new List<double>();
        for (var i = 0; i < count + (count / 10); i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call(i);
            if (i >= count / 10)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return latencies;
    }
}
