namespace ExchangeHub.Core.Features.Threads;

// Kept in memory while anyone views; idle collection would forget viewers who are quietly reading.
[KeepAlive]
public sealed class ThreadPresenceGrain : Grain, IThreadPresenceGrain
{
    private readonly Dictionary<string, Viewer> _connections = [];

    public Task<IReadOnlyList<Viewer>> JoinAsync(string connectionId, Viewer viewer)
    {
        _connections[connectionId] = viewer;
        return Task.FromResult<IReadOnlyList<Viewer>>(Viewers());
    }

    public Task<IReadOnlyList<Viewer>> LeaveAsync(string connectionId)
    {
        _connections.Remove(connectionId);
        if (_connections.Count == 0)
        {
            DeactivateOnIdle();
        }

        return Task.FromResult<IReadOnlyList<Viewer>>(Viewers());
    }

    // One person with two tabs is one viewer.
    private List<Viewer> Viewers() => _connections.Values.DistinctBy(v => v.UserId).OrderBy(v => v.DisplayName, StringComparer.Ordinal).ToList();
}
