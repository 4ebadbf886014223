namespace ExchangeHub.Core.Features.Threads;

/// <summary>One person's relation to one thread: how closely they follow it and how far they have read.</summary>
[GenerateSerializer, Alias("ExchangeHub.Following")]
public sealed record Following(
    [property: Id(0)] ThreadRef Thread,
    [property: Id(1)] FollowLevel Level,
    [property: Id(2)] bool ChosenByPerson,
    [property: Id(3)] long LastReadSeq,
    [property: Id(4)] long LatestSeq,
    [property: Id(5)] DateTimeOffset LastPostAt,
    [property: Id(6)] bool Participated)
{
    /// <summary>Unread posts count only where the person tracks or watches, as in Discourse.</summary>
    public long Unread => Level >= FollowLevel.Tracking ? Math.Max(0, LatestSeq - LastReadSeq) : 0;
}
