using System.Text.Json;

namespace ExchangeHub.Core.Common.Live;

/// <summary>One change on a stream, numbered by the grain that owns the stream.</summary>
[GenerateSerializer, Alias("ExchangeHub.LiveEvent")]
public sealed record LiveEvent(
    [property: Id(0)] string Stream,
    [property: Id(1)] long Seq,
    [property: Id(2)] string Type,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string DataJson)
{
    public static LiveEvent Create<T>(string stream, long seq, string type, DateTimeOffset at, T data) =>
        new(stream, seq, type, at, JsonSerializer.Serialize(data, JsonSerializerOptions.Web));
}
