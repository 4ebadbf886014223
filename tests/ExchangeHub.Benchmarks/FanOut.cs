using System.Diagnostics;

namespace ExchangeHub.Benchmarks;

/// <summary>One send at a time: from the start of the request until its answer, and until the last subscriber has the message.</summary>
public static class FanOut
{
    /// <summary>Something timed once, in milliseconds; a send also gives when its request was answered.</summary>
    public delegate Task<(double Value, double Answered)> Measure();

    public static async Task<(List<double> Delivered, List<double> Answered)> MeasureAsync(Subscribers subscribers, Send send, int samples)
    {
        var taken = await InTurnAsync([Of(subscribers, send)], samples);
        return (taken[0].Values, taken[0].Answers);
    }

    /// <summary>
    /// Several measures taken in turn, one sample of each per round and each round in another order. A burst of noise
    /// on a shared machine then falls on all of them alike, where measures taken one after the other would each meet
    /// the minutes they happened to run in, and a ratio between them would swing with those minutes. Each sample is
    /// followed by a pause long enough for what it left behind to finish (a thread tells its space and followers 10 ms
    /// after a post; a hundred subscribers are still reading), so that no measure pays for another's work.
    /// </summary>
    public static async Task<IReadOnlyList<(List<double> Values, List<double> Answers)>> InTurnAsync(IReadOnlyList<Measure> measures, int samples, TimeSpan settle = default)
    {
        var taken = measures.Select(_ => (Values: new List<double>(samples), Answers: new List<double>(samples))).ToArray();
        var warmUp = Math.Max(1, samples / 10);
        for (var round = 0; round < samples + warmUp; round++)
        {
            for (var k = 0; k < measures.Count; k++)
            {
                var which = (round + k) % measures.Count;
                var (value, answered) = await measures[which]();
                if (settle > TimeSpan.Zero)
                {
                    await Task.Delay(settle);
                }

                if (round >= warmUp)
                {
                    taken[which].Values.Add(value);
                    taken[which].Answers.Add(answered);
                }
            }
        }

        return taken;
    }

    public static Measure Of(Subscribers subscribers, Send send) => async () =>
    {
        var marker = Senders.NewMarker();
        var arrived = subscribers.Expect(marker);
        var started = Stopwatch.GetTimestamp();
        var status = await send(marker);
        var answered = Stopwatch.GetTimestamp();
        if ((int)status >= 300)
        {
            throw new InvalidOperationException($"A send answered {(int)status}.");
        }

        var last = await arrived.WaitAsync(TimeSpan.FromSeconds(30));
        return (Stopwatch.GetElapsedTime(started, last).TotalMilliseconds, Stopwatch.GetElapsedTime(started, answered).TotalMilliseconds);
    };

    public static Measure Of(StoreWrites.Writer writer) => () =>
    {
        var started = Stopwatch.GetTimestamp();
        writer.Write();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return Task.FromResult((elapsed, elapsed));
    };
}
