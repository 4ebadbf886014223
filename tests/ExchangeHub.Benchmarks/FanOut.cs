using System.Diagnostics;

namespace ExchangeHub.Benchmarks;

/// <summary>One send at a time: from the start of the request until its answer, and until the last subscriber has the message.</summary>
public static class FanOut
{
    public static async Task<(List<double> Delivered, List<double> Answered)> MeasureAsync(Subscribers subscribers, Send send, int samples)
    {
        var latencies = new List<double>();
        var answers = new List<double>();
        var warmUp = Math.Max(1, samples / 10);
        for (var i = 0; i < samples + warmUp; i++)
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
            if (i >= warmUp)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started, last).TotalMilliseconds);
                answers.Add(Stopwatch.GetElapsedTime(started, answered).TotalMilliseconds);
            }
        }

        return (latencies, answers);
    }
}
