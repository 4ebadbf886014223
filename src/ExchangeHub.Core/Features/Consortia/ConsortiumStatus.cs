namespace ExchangeHub.Core.Features.Consortia;

/// <summary>forming → drafting → submitted → selected | not-selected; the outcome is the operator's to set.</summary>
public static class ConsortiumStatus
{
    public const string Forming = "forming";
    public const string Drafting = "drafting";
    public const string Submitted = "submitted";
    public const string Selected = "selected";
    public const string NotSelected = "not-selected";

    public static readonly IReadOnlyList<string> All = [Forming, Drafting, Submitted, Selected, NotSelected];

    public static bool IsOutcome(string status) => status is Selected or NotSelected;

    /// <summary>Whether the lead may move from one status to the next; outcomes are the operator's.</summary>
    public static bool LeadMay(string from, string to) => (from, to) switch
    {
        (Forming, Drafting) or (Drafting, Forming) or (Drafting, Submitted) or (Submitted, Drafting) => true,
        _ => false,
    };
}
