namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>A stored row holds a state of another type than the grain reading it expects.</summary>
public sealed class StoredStateTypeException(string message) : InvalidOperationException(message);
