namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.NewPost")]
public sealed record NewPost(
    [property: Id(0)] string AuthorId,
    [property: Id(1)] string AuthorName,
    [property: Id(2)] string Body,
    [property: Id(3)] string Html,
    [property: Id(4)] long? ReplyTo,
    [property: Id(5)] string? ClientId,
    [property: Id(6)] IReadOnlyList<string> MentionedUserIds);
