namespace ExchangeHub.Core.Common.Live;

public static class StreamNames
{
    public const string LabPrefix = "lab:";
    public const string UserPrefix = "user:";
    public const string ThreadPrefix = "thread:";
    public const string ConsortiumPrefix = "consortium:";
    public const string ApplicationPrefix = "application:";
    public const string MentorDesk = "mentor-desk";
    public const string MentorRequestPrefix = "mentor-request:";

    /// <summary>The programme-wide activity feed; public, anonymous readers included.</summary>
    public const string Activity = "activity";

    public static string Lab(string labId) => LabPrefix + labId;

    public static string User(string userId) => UserPrefix + userId;

    public static string Thread(string threadId) => ThreadPrefix + threadId;

    public static string Consortium(string consortiumId) => ConsortiumPrefix + consortiumId;

    public static string Application(string applicationKey) => ApplicationPrefix + applicationKey;

    public static string MentorRequest(string requestId) => MentorRequestPrefix + requestId;
}
