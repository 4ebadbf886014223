using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Benchmarks;

/// <summary>
/// G4's state writes: a person choosing how closely to follow a thread, one state write each, called from the driver;
/// the same writes as Orleans timed them where the grain makes them (the storage call behind <c>WriteStateAsync</c>,
/// serializer and store included, exported by the hub in 0.05 ms buckets); and B4, a raw upsert of the same size after
/// each, so that both meet the same disk: it shifts between regimes for seconds at a time (a raw write's median moved
/// between 0.13 and 0.29 ms from one phase of a run to the next), and phases measured one after the other compared one
/// regime with another.
/// </summary>
public sealed class FollowingWrites : IDisposable
{
    private const string Histogram = "orleans_storage_write_latency_milliseconds";
    private const string FollowingState = "state_name=\"following\"";

    private readonly Uri _hub;
    private readonly IFollowingGrain _person;
    private readonly ThreadRef _thread;
    private readonly StoreWrites.Writer _raw;

    private FollowingWrites(Uri hub, IFollowingGrain person, ThreadRef thread, StoreWrites.Writer raw, int stateBytes)
    {
        (_hub, _person, _thread, _raw) = (hub, person, thread, raw);
        StateBytes = stateBytes;
    }

    public int StateBytes { get; }

    public static async Task<FollowingWrites> StartAsync(HubProcess hub, IGrainFactory grains, ThreadRef thread, StoreWrites store)
    {
        // The raw write takes the size of the state as the hub stored it, so the hub writes it once first.
        var follower = "bench-follower-" + Guid.NewGuid().ToString("N");
        var person = grains.GetGrain<IFollowingGrain>(follower);
        await person.SetLevelAsync(thread, FollowLevel.Tracking, 1);
        var size = StoreWrites.StoredSize(hub.DatabaseFile, follower, "following");
        return new FollowingWrites(hub.Address, person, thread, store.Open(size), size);
    }

    public async Task<(List<double> Calls, Stats Inside, List<double> Raw)> MeasureAsync(int count)
    {
        var before = await HubCounters.ReadBucketsAsync(_hub, Histogram, FollowingState);
        var times = await GrainCalls.MeasureAsync(count,
            i => _person.SetLevelAsync(_thread, i % 2 == 0 ? FollowLevel.Tracking : FollowLevel.Watching, 1),
            _ =>
            {
                _raw.Write();
                return Task.CompletedTask;
            });
        var inside = await HubCounters.ReadBucketsSinceAsync(_hub, Histogram, FollowingState, before, GrainCalls.Rounds(count));
        return (times[0], inside.ToStats(), times[1]);
    }

    public void Dispose() => _raw.Dispose();
}
