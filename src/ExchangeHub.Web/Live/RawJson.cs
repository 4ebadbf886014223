using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExchangeHub.Web.Live;

/// <summary>
/// JSON a grain already serialised, written into a message as it is. An event's data is serialised once, where it is
/// made and stored; sending it to every subscriber, live or catching up, never parses it again.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed record RawJson(string Json);

public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText());
    }

    // The text comes from JsonSerializer in the grain, so it is valid JSON and needs no second check.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
