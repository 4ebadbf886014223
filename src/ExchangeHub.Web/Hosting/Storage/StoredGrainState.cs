namespace ExchangeHub.Web.Hosting.Storage;

/// <summary>One stored row; <see cref="StateType"/> is null for rows written before the type was recorded.</summary>
internal sealed record StoredGrainState(string ETag, byte[] Payload, string? StateType);
