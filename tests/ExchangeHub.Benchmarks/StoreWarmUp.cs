namespace ExchangeHub.Benchmarks;

/// <summary>
/// Brings the hub's store and B4's raw store to where a store that has run a while is: past SQLite's first checkpoint
/// of its write-ahead log, after which commits write over the log in place instead of making the file longer. A commit
/// that makes the file longer has the new length to sync as well, and costs more (finding 18), so timing one store
/// before that point and the other after it would compare different things.
/// </summary>
public static class StoreWarmUp
{
    private const int Round = 50;
    private const int MaxRounds = 100;

    // About the size of a post's event, as most writes are.
    private const int RawPayloadBytes = 600;

    /// <summary>Posts in a thread of its own, then writes to the raw store, each until its log stops growing; 0 for one that never did.</summary>
    public static async Task<(int Posts, int RawWrites)> RunAsync(HubSession person, string hubDatabase, StoreWrites store)
    {
        var threadId = await person.StartThreadAsync("書き込みの準備");
        var post = Senders.Post(person.Client, threadId);
        var posts = await UntilSteadyAsync(hubDatabase + "-wal", async () =>
        {
            var status = await post(Senders.NewMarker());
            if ((int)status >= 300)
            {
                throw new InvalidOperationException($"A warm-up post answered {(int)status}.");
            }
        });
        using var writer = store.Open(RawPayloadBytes);
        var rawWrites = await UntilSteadyAsync(store.LogFile, () =>
        {
            writer.Write();
            return Task.CompletedTask;
        });
        return (posts, rawWrites);
    }

    private static async Task<int> UntilSteadyAsync(string log, Func<Task> write)
    {
        for (var round = 1; round <= MaxRounds; round++)
        {
            var before = Length(log);
            for (var i = 0; i < Round; i++)
            {
                await write();
            }

            if (before > 0 && Length(log) == before)
            {
                return round * Round;
            }
        }

        Console.WriteLine($"  {Path.GetFileName(log)} still grew after {MaxRounds * Round} writes");
        return 0;
    }

    private static long Length(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;
}
