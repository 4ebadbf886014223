namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.Reaction")]
public sealed record Reaction([property: Id(0)] string Emoji, [property: Id(1)] IReadOnlyList<string> UserIds)
{
    /// <summary>The reactions people can give, as the best forums offer: a few, each with a clear meaning.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["👍", "❤️", "🎉", "🙏", "💡", "👀", "✅", "😄"];
}
