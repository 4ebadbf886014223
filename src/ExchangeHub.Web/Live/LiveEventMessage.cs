using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Web.Live;

/// <summary>An event as clients receive it: <c>{stream, seq, type, at, data}</c>.</summary>
public sealed record LiveEventMessage(string Stream, long Seq, string Type, DateTimeOffset At, RawJson Data)
{
    public static LiveEventMessage From(LiveEvent liveEvent) =>
        new(liveEvent.Stream, liveEvent.Seq, liveEvent.Type, liveEvent.At, new RawJson(liveEvent.DataJson));
}
