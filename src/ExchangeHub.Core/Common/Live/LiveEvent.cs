using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ExchangeHub.Core.Common.Live;

/// <summary>
/// One change on a stream, numbered by the grain that owns the stream. <see cref="ClientKey"/> and
/// <see cref="Mentioned"/> are kept with the event but never sent: the request key that made it and the people it
/// named, so that its owner rebuilding its state from its events still recognises a retried request and still follows
/// up the people it raised.
/// </summary>
[GenerateSerializer, Alias("ExchangeHub.LiveEvent")]
public sealed record LiveEvent(
    [property: Id(0)] string Stream,
    [property: Id(1)] long Seq,
    [property: Id(2)] string Type,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string DataJson,
    [property: Id(5)] string? ClientKey = null,
    [property: Id(6)] IReadOnlyList<string>? Mentioned = null)
{
    // The data goes to every subscriber as written here. Japanese text stays as UTF-8 (a third of the bytes of \u
    // escapes); characters that mean something in HTML are still escaped.
    private static readonly JsonSerializerOptions _dataOptions = new(JsonSerializerOptions.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static LiveEvent Create<T>(string stream, long seq, string type, DateTimeOffset at, T data) =>
        new(stream, seq, type, at, JsonSerializer.Serialize(data, _dataOptions));

    /// <summary>The data read back as the type it was written from.</summary>
    public T? Data<T>() => JsonSerializer.Deserialize<T>(DataJson, _dataOptions);
}
