namespace ExchangeHub.Core.Features.Threads;

public static class ThreadStatus
{
    public const string Open = "open";
    public const string Resolved = "resolved";
}
