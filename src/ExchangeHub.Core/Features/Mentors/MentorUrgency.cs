namespace ExchangeHub.Core.Features.Mentors;

public static class MentorUrgency
{
    public const string Low = "low";
    public const string Normal = "normal";
    public const string High = "high";

    public static readonly IReadOnlyList<string> All = [Low, Normal, High];

    public static bool IsKnown(string? urgency) => urgency is Low or Normal or High;

    /// <summary>Higher is served first.</summary>
    public static int Rank(string urgency) => urgency switch
    {
        High => 2,
        Normal => 1,
        _ => 0,
    };
}
