namespace ExchangeHub.Core.Features.Threads;

/// <summary>The data of thread.resolved and thread.reopened events.</summary>
internal sealed record StatusChange(string Status, long? AcceptedSeq);
