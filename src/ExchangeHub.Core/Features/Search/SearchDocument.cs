namespace ExchangeHub.Core.Features.Search;

/// <summary>
/// One thing to find, as the handler that changed it describes it. <see cref="Text"/> is plain text. A lab gives its
/// <see cref="Prefecture"/> and <see cref="Municipality"/>; a case study its <see cref="LabId"/>; a case study's
/// discussion its <see cref="ParentId"/> (the case study): the index adds the lab's name and prefecture itself.
/// </summary>
[GenerateSerializer, Alias("ExchangeHub.SearchDocument")]
public sealed record SearchDocument(
    [property: Id(0)] string Type,
    [property: Id(1)] string Id,
    [property: Id(2)] string Title,
    [property: Id(3)] string Text,
    [property: Id(4)] string Url,
    [property: Id(5)] IReadOnlyList<string> Themes,
    [property: Id(6)] string Audience,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] string? LabId = null,
    [property: Id(9)] string? ParentId = null,
    [property: Id(10)] string? Prefecture = null,
    [property: Id(11)] string? Municipality = null)
{
    public string Key => KeyOf(Type, Id);

    public static string KeyOf(string type, string id) => $"{type}:{id}";
}
