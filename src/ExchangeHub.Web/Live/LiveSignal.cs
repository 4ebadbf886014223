namespace ExchangeHub.Web.Live;

/// <summary>A passing signal — who is viewing, who is typing — that is not numbered, stored or replayed.</summary>
public sealed record LiveSignal(string Stream, string Type, object Data);
