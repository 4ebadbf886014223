namespace ExchangeHub.Core.Features.Mentors;

/// <summary>open → offered → claimed → answered → resolved, or expired / cancelled. A lapsed claim goes back to open.</summary>
public static class MentorRequestStatus
{
    public const string Open = "open";
    public const string Offered = "offered";
    public const string Claimed = "claimed";
    public const string Answered = "answered";
    public const string Resolved = "resolved";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";

    /// <summary>Waiting in the queue for a mentor to claim it.</summary>
    public static bool IsWaiting(string status) => status is Open or Offered;

    public static bool IsClosed(string status) => status is Resolved or Expired or Cancelled;
}
