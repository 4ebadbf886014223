namespace ExchangeHub.Core.Features.Threads;

/// <summary>Where threads live: the public square, a lab, a consortium, the discussion of a case study, or a mentor request.</summary>
public static class Spaces
{
    public const string Public = "public";
    public const string LabPrefix = "lab:";
    public const string ConsortiumPrefix = "consortium:";
    public const string CaseStudyPrefix = "casestudy:";
    public const string MentorRequestPrefix = "mentor-request:";

    public static string Lab(string labId) => LabPrefix + labId;

    public static string CaseStudy(string caseStudyId) => CaseStudyPrefix + caseStudyId;

    public static string Consortium(string consortiumId) => ConsortiumPrefix + consortiumId;

    public static string MentorRequest(string requestId) => MentorRequestPrefix + requestId;

    public static bool IsWellFormed(string? space) => space is not null && (space == Public
        || (space.StartsWith(LabPrefix, StringComparison.Ordinal) && space.Length > LabPrefix.Length)
        || (space.StartsWith(ConsortiumPrefix, StringComparison.Ordinal) && space.Length > ConsortiumPrefix.Length)
        || (space.StartsWith(CaseStudyPrefix, StringComparison.Ordinal) && space.Length > CaseStudyPrefix.Length)
        || (space.StartsWith(MentorRequestPrefix, StringComparison.Ordinal) && space.Length > MentorRequestPrefix.Length));
}
