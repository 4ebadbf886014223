using System.Diagnostics;
using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Benchmarks;

/// <summary>G4 and B2: grain calls from the driver through a silo's gateway, one at a time.</summary>
public static class GrainCalls
{
    /// <summary>
    /// B2's ping and G4's plain read of a thread (one [ReadOnly] call that answers from memory), in turn, so that both
    /// meet the same moments of a shared machine.
    /// </summary>
    public static async Task<(List<double> Ping, List<double> Read)> PingAndReadThreadAsync(IGrainFactory bare, IGrainFactory hub, string threadId, int count)
    {
        var times = await MeasureAsync(count, i => bare.GetGrain<IPingGrain>("ping").PingAsync(i), _ => hub.GetGrain<ITopicThreadGrain>(threadId).GetAsync());
        return (times[0], times[1]);
    }

    /// <summary>The rounds made to time <paramref name="count"/> of each call: a tenth more, which warm up.</summary>
    public static int Rounds(int count) => count + (count / 10);

    /// <summary>Each round calls each of the calls once, in order, and times each; the first tenth of the rounds warms up.</summary>
    public static async Task<List<double>[]> MeasureAsync(int count, params Func<int, Task>[] calls)
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
