namespace ExchangeHub.Core.Features.Moderation;

[GenerateSerializer, Alias("ExchangeHub.ModerationState")]
public sealed record ModerationState
{
    /// <summary>Flags waiting for an operator, by thread and post; a decided flag leaves, so this stays small.</summary>
    [Id(0)]
    public Dictionary<string, PostFlag> Open { get; set; } = [];
}
