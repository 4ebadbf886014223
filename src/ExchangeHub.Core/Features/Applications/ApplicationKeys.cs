namespace ExchangeHub.Core.Features.Applications;

/// <summary>Whose an application is: a consortium's joint application, or one IoT lab's transition plan.</summary>
public static class ApplicationKeys
{
    public const string ConsortiumPrefix = "consortium:";
    public const string LabPrefix = "lab:";

    public static string Consortium(string consortiumId) => ConsortiumPrefix + consortiumId;

    public static string Lab(string labId) => LabPrefix + labId;
}
