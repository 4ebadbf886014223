namespace ExchangeHub.Web.Hosting.Storage;

internal sealed record StoredGrainState(string ETag, byte[] Payload);
