using ExchangeHub.Core.Features.Threads;

namespace ExchangeHub.Web.Endpoints;

public sealed record FollowingResponse(
    string ThreadId, string Space, string Title, FollowLevel Level, long LastReadSeq, long LatestSeq, long Unread,
    DateTimeOffset LastPostAt, bool Participated)
{
    public static FollowingResponse From(Following f) =>
        new(f.Thread.ThreadId, f.Thread.Space, f.Thread.Title, f.Level, f.LastReadSeq, f.LatestSeq, f.Unread, f.LastPostAt, f.Participated);
}
