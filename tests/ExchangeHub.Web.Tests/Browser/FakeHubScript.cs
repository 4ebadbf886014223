namespace ExchangeHub.Web.Tests.Browser;

/// <summary>
/// A stand-in for the global <c>signalR</c> that lets a test decide when Subscribe answers and what the hub pushes, so
/// the client's buffering, de-duplication and re-subscription can be checked step by step in a real browser.
/// </summary>
internal static class FakeHubScript
{
    public const string Install = """
        () => {
          const hub = { invocations: [], pending: [], applied: [] };
          hub.connection = {
            state: "Disconnected",
            on(name, handler) { hub.push = handler; },
            onreconnected(handler) { hub.reconnect = handler; },
            async start() { this.state = "Connected"; },
            invoke(...args) {
              hub.invocations.push(args);
              return new Promise((resolve) => hub.pending.push(resolve));
            },
          };
          const builder = {
            withUrl() { return builder; },
            withAutomaticReconnect() { return builder; },
            withStatefulReconnect() { return builder; },
            build() { return hub.connection; },
          };
          window.fakeHub = hub;
          window.fakeSignalR = { HubConnectionBuilder: function () { return builder; } };
        }
        """;

    public static string Event(int seq) => EventOf(seq.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An event whose seq is a JavaScript expression.</summary>
    public static string EventOf(string seq) => $"{{ stream: 'lab:x', seq: {seq}, type: 'test', at: '', data: {{}} }}";
}
