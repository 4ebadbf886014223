using System.Text.Json;

namespace ExchangeHub.Web.Pages;

/// <summary>The streams a list page hands live-region.js: each with the seq the page was rendered at, or null for "from its start".</summary>
public static class LiveRegion
{
    public static string Streams(IEnumerable<(string Stream, long? Seq)> streams) =>
        JsonSerializer.Serialize(streams.Select(s => new { stream = s.Stream, seq = s.Seq }));
}
