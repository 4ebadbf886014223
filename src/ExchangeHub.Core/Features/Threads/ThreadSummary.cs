namespace ExchangeHub.Core.Features.Threads;

/// <summary>A thread as its space lists it.</summary>
[GenerateSerializer, Alias("ExchangeHub.ThreadSummary")]
public sealed record ThreadSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Space,
    [property: Id(2)] string Title,
    [property: Id(3)] string AuthorName,
    [property: Id(4)] long PostCount,
    [property: Id(5)] DateTimeOffset LastPostAt,
    [property: Id(6)] string State)
{
    public static ThreadSummary From(ThreadView view) =>
        new(view.Id, view.Space, view.Title, view.AuthorName, view.LastSeq, view.LastPostAt, view.State);
}
