namespace ExchangeHub.Benchmarks;

/// <summary>G6 and B5: resident memory of a process before and after idle connections or empty activations, per item.</summary>
public static class Memory
{
    public static async Task<double> PerIdleConnectionAsync(int processId, Uri hubUrl, int count)
    {
        var before = await SettledAsync(processId);
        await using var idle = await Subscribers.ConnectAsync([hubUrl], count, _ => Task.CompletedTask);
        var after = await SettledAsync(processId);
        return (after - before) / (double)count;
    }

    public static async Task<double> PerActivationAsync(int processId, int count, Func<int, Task> activate)
    {
        var before = await SettledAsync(processId);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                await activate(index);
            }
        }));
        var after = await SettledAsync(processId);
        return (after - before) / (double)count;
    }

    public static double TotalGigabytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);

    // The process's own background work (timers, GC) moves RSS a little; wait for it to settle and take the lower of two looks.
    private static async Task<long> SettledAsync(int processId)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        var first = ChildProcess.ResidentBytes(processId);
        await Task.Delay(TimeSpan.FromSeconds(1));
        return Math.Min(first, ChildProcess.ResidentBytes(processId));
    }
}
