namespace ExchangeHub.Core.Features.Search;

/// <summary>What a search result is, and who may see it.</summary>
public static class SearchTypes
{
    public const string Lab = "lab";
    public const string CaseStudy = "case-study";
    public const string Thread = "thread";

    public static readonly IReadOnlyList<string> All = [Lab, CaseStudy, Thread];

    /// <summary>Anyone, signed in or not, may read it (labs, case studies and their discussions).</summary>
    public const string Anyone = "anyone";

    /// <summary>Only people signed in may read it (the public square).</summary>
    public const string SignedIn = "signed-in";
}
