namespace ExchangeHub.Core.Features.Threads;

/// <summary>Where threads live: the public square, a lab, a consortium, or the discussion of a case study.</summary>
public static class Spaces
{
    public const string Public = "public";
    public const string LabPrefix = "lab:";
    public const string ConsortiumPrefix = "consortium:";
    public const string CaseStudyPrefix = "casestudy:";

    public static string Lab(string labId) => LabPrefix + labId;

    public static string CaseStudy(string caseStudyId) => CaseStudyPrefix + caseStudyId;

    public static string Consortium(string consortiumId) => ConsortiumPrefix + consortiumId;

    public static bool IsWellFormed(string? space) => space is not null && (space == Public
        || (space.StartsWith(LabPrefix, StringComparison.Ordinal) && space.Length > LabPrefix.Length)
        || (space.StartsWith(ConsortiumPrefix, StringComparison.Ordinal) && space.Length > ConsortiumPrefix.Length)
        || (space.StartsWith(CaseStudyPrefix, StringComparison.Ordinal) && space.Length > CaseStudyPrefix.Length));
}
