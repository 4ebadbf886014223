namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.NewThread")]
public sealed record NewThread(
    [property: Id(0)] string Space,
    [property: Id(1)] string Title,
    [property: Id(2)] string AuthorId,
    [property: Id(3)] string AuthorName,
    [property: Id(4)] NewPost? FirstPost);
