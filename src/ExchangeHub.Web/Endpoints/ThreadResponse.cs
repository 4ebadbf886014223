using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Web.Endpoints;

/// <summary>A thread with what the caller may do in it.</summary>
public sealed record ThreadResponse(
    string Id, string Space, string Title, string State, long LastSeq, long StreamSeq, long? AcceptedSeq, string AuthorId,
    string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset LastPostAt, bool CanPost, bool CanModerate)
{
    public static ThreadResponse From(GuardedThread guarded)
    {
        var t = guarded.Thread;
        return new(t.Id, t.Space, t.Title, t.State, t.LastSeq, t.StreamSeq, t.AcceptedSeq, t.AuthorId, t.AuthorName, t.CreatedAt,
            t.LastPostAt, guarded.Rights.CanPost, guarded.Rights.CanModerate);
    }
}
