namespace ExchangeHub.Core.Features.Notifications;

public static class NotificationKinds
{
    public const string Mention = "mention";
    public const string Reply = "reply";
    public const string Watching = "watching";
    public const string Consortium = "consortium";
    public const string Deadline = "deadline";
    public const string MentorRequest = "mentor-request";
    public const string MentorClaimLapsed = "mentor-claim-lapsed";
}
