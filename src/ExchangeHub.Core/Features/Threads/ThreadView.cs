namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.ThreadView")]
public sealed record ThreadView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Space,
    [property: Id(2)] string Title,
    [property: Id(3)] string State,
    [property: Id(4)] long LastSeq,
    [property: Id(5)] long StreamSeq,
    [property: Id(6)] long? AcceptedSeq,
    [property: Id(7)] string AuthorId,
    [property: Id(8)] string AuthorName,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset LastPostAt);
