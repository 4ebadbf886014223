using System.Text.Json;
using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Web.Live;

/// <summary>An event as clients receive it: <c>{stream, seq, type, at, data}</c>.</summary>
public sealed record LiveEventMessage(string Stream, long Seq, string Type, DateTimeOffset At, JsonElement Data)
{
    public static LiveEventMessage From(LiveEvent liveEvent)
    {
        using var document = JsonDocument.Parse(liveEvent.DataJson);
        return new(liveEvent.Stream, liveEvent.Seq, liveEvent.Type, liveEvent.At, document.RootElement.Clone());
    }
}
