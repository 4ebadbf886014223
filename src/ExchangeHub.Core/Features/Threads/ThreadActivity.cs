namespace ExchangeHub.Core.Features.Threads;

/// <summary>What a follower hears about a thread: its latest post, the level it raises them to, and what they have read.</summary>
[GenerateSerializer, Alias("ExchangeHub.ThreadActivity")]
public sealed record ThreadActivity(
    [property: Id(0)] ThreadRef Thread,
    [property: Id(1)] long LatestSeq,
    [property: Id(2)] DateTimeOffset LastPostAt,
    [property: Id(3)] FollowLevel Floor,
    [property: Id(4)] bool Participated,
    [property: Id(5)] long? ReadUpTo);
