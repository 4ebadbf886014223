namespace ExchangeHub.Core.Common.Live;

public static class StreamNames
{
    public const string LabPrefix = "lab:";
    public const string UserPrefix = "user:";
    public const string ThreadPrefix = "thread:";

    public static string Lab(string labId) => LabPrefix + labId;

    public static string User(string userId) => UserPrefix + userId;

    public static string Thread(string threadId) => ThreadPrefix + threadId;
}
