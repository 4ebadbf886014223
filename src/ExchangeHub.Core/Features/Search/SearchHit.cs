namespace ExchangeHub.Core.Features.Search;

/// <summary>One result. <see cref="SnippetHtml"/> is HTML-escaped text with matches in &lt;mark&gt;.</summary>
[GenerateSerializer, Alias("ExchangeHub.SearchHit")]
public sealed record SearchHit(
    [property: Id(0)] string Type,
    [property: Id(1)] string Id,
    [property: Id(2)] string Title,
    [property: Id(3)] string SnippetHtml,
    [property: Id(4)] float Score,
    [property: Id(5)] string Url,
    [property: Id(6)] string? LabId,
    [property: Id(7)] string? LabName,
    [property: Id(8)] string? Prefecture,
    [property: Id(9)] IReadOnlyList<string> Themes,
    [property: Id(10)] DateTimeOffset UpdatedAt);
