namespace ExchangeHub.Core.Features.Mentors;

/// <summary>Events of the mentor-desk stream and of each mentor-request:{id} stream.</summary>
public static class MentorRequestEventTypes
{
    public const string Opened = "mentorrequest.opened";
    public const string Offered = "mentorrequest.offered";
    public const string Queue = "mentorrequest.queue";
    public const string Seen = "mentorrequest.seen";
    public const string Claimed = "mentorrequest.claimed";
    public const string Answered = "mentorrequest.answered";
    public const string Requeued = "mentorrequest.requeued";
    public const string Resolved = "mentorrequest.resolved";
    public const string Cancelled = "mentorrequest.cancelled";
    public const string Expired = "mentorrequest.expired";
}
