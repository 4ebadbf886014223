using System.Diagnostics.Metrics;

namespace ExchangeHub.Core.Common.Metrics;

/// <summary>ExchangeHub's own instruments, on the meter named <see cref="MeterName"/>.</summary>
public sealed class HubMetrics
{
    public const string MeterName = "ExchangeHub";

    private readonly Counter<long> _postsCreated;
    private readonly Counter<long> _liveEventsPublished;
    private readonly Counter<long> _markdownRendered;
    private readonly UpDownCounter<long> _connectedClients;
    private readonly Histogram<double> _deliveryLag;

    public HubMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _postsCreated = meter.CreateCounter<long>("exchangehub.posts.created", "{post}", "Thread posts and case studies created.");
        _liveEventsPublished = meter.CreateCounter<long>("exchangehub.live_events.published", "{event}", "Live events handed to SignalR.");
        _markdownRendered = meter.CreateCounter<long>("exchangehub.markdown.rendered", "{document}", "Markdown documents rendered to safe HTML.");
        _connectedClients = meter.CreateUpDownCounter<long>("exchangehub.clients.connected", "{connection}", "SignalR connections open on this node.");
        _deliveryLag = meter.CreateHistogram<double>("exchangehub.live_events.delivery_lag", "ms", "From an event's time to its send to SignalR.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });
    }

    /// <summary>Counts one new post; <paramref name="kind"/> is "thread_post" or "case_study".</summary>
    public void PostCreated(string kind) => _postsCreated.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>Counts one published event and records how long after its time it went out.</summary>
    public void LiveEventPublished(string stream, TimeSpan lag)
    {
        var kind = new KeyValuePair<string, object?>("stream", StreamKind(stream));
        _liveEventsPublished.Add(1, kind);
        _deliveryLag.Record(Math.Max(0, lag.TotalMilliseconds), kind);
    }

    /// <summary>Counts one Markdown render; renders belong to writes, so this rises with posts and edits, never with pushes.</summary>
    public void MarkdownRendered() => _markdownRendered.Add(1);

    public void ClientConnected() => _connectedClients.Add(1);

    public void ClientDisconnected() => _connectedClients.Add(-1);

    // The prefix only ("thread", "lab"), so the number of time series does not grow with the number of streams.
    private static string StreamKind(string stream) => stream.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? stream[..colon] : stream;
}
