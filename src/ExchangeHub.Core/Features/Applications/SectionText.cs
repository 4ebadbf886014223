namespace ExchangeHub.Core.Features.Applications;

[GenerateSerializer, Alias("ExchangeHub.SectionText")]
public sealed record SectionText(
    [property: Id(0)] string Markdown,
    [property: Id(1)] string Html,
    [property: Id(2)] int Version,
    [property: Id(3)] string UpdatedBy,
    [property: Id(4)] DateTimeOffset? UpdatedAt)
{
    public static readonly SectionText Empty = new("", "", 0, "", null);
}
