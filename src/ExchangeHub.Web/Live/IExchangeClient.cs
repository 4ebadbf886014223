namespace ExchangeHub.Web.Live;

/// <summary>What the hub calls on a connected client.</summary>
public interface IExchangeClient
{
    /// <summary>One event of a stream the client subscribed to; <c>seq</c> rises by one per stream.</summary>
    Task Event(LiveEventMessage e);

    /// <summary>A passing signal on a stream: <c>presence</c> (who is viewing) or <c>typing</c>; never replayed.</summary>
    Task Signal(LiveSignal s);
}
