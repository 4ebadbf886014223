namespace ExchangeHub.Core.Features.Threads;

/// <summary>One post as stored and as the API shows it. A deleted post, or one a moderator hid, keeps its place with empty text.</summary>
[GenerateSerializer, Alias("ExchangeHub.Post")]
public sealed record Post(
    [property: Id(0)] long Seq,
    [property: Id(1)] string Id,
    [property: Id(2)] string AuthorId,
    [property: Id(3)] string AuthorName,
    [property: Id(4)] string Body,
    [property: Id(5)] string Html,
    [property: Id(6)] long? ReplyTo,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset? EditedAt,
    [property: Id(9)] bool Deleted,
    [property: Id(10)] IReadOnlyList<Reaction> Reactions,
    [property: Id(11)] int Revision,
    [property: Id(12)] bool Hidden = false);
