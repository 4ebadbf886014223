using ExchangeHub.Core.Common.Live;

namespace ExchangeHub.Core.Tests.Support;

/// <summary>Events whose data is a text, for tests of how streams store and read events.</summary>
public static class TextEvents
{
    public static LiveEvent Of(string stream, long seq, string text) => LiveEvent.Create(stream, seq, "test", DateTimeOffset.UtcNow, text);

    public static string TextOf(LiveEvent liveEvent) => liveEvent.DataJson.Trim('"');
}
