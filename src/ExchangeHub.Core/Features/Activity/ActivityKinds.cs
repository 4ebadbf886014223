namespace ExchangeHub.Core.Features.Activity;

/// <summary>What the activity feed tells of; each is also the type of its event on the activity stream.</summary>
public static class ActivityKinds
{
    public const string CaseStudyPublished = "casestudy.published";

    /// <summary>A consortium was formed. Its name and purpose stay private: the item names only the lead lab.</summary>
    public const string ConsortiumFormed = "consortium.formed";

    /// <summary>A mentor first answered a request. The request's title stays private: the item names only the lab.</summary>
    public const string MentorRequestAnswered = "mentorrequest.answered";

    public const string LabApproved = "lab.approved";
}
