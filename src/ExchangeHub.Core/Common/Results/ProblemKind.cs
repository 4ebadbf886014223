namespace ExchangeHub.Core.Common.Results;

/// <summary>The kinds of expected failure; the web layer maps each to one HTTP status.</summary>
public enum ProblemKind
{
    Invalid,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    TooLarge,
    TooManyRequests,
}
