namespace ExchangeHub.Core.Features.Threads;

/// <summary>
/// Who is looking at a thread right now (keyed by thread id), across every node of a cluster. Nothing is stored:
/// presence is worth nothing after a restart, and connections come back and join again.
/// </summary>
public interface IThreadPresenceGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<Viewer>> JoinAsync(string connectionId, Viewer viewer);

    Task<IReadOnlyList<Viewer>> LeaveAsync(string connectionId);
}
