namespace ExchangeHub.Core.Features.Moderation;

/// <summary>A flagged post waiting for an operator: where it is, what it said when first flagged, and every report.</summary>
[GenerateSerializer, Alias("ExchangeHub.PostFlag")]
public sealed record PostFlag(
    [property: Id(0)] string ThreadId,
    [property: Id(1)] long Seq,
    [property: Id(2)] string PostId,
    [property: Id(3)] string ThreadTitle,
    [property: Id(4)] string AuthorName,
    [property: Id(5)] string Excerpt,
    [property: Id(6)] IReadOnlyList<FlagReport> Reports)
{
    public string Key => FlagKey(ThreadId, Seq);

    public static string FlagKey(string threadId, long seq) => $"{threadId}/{seq}";
}
