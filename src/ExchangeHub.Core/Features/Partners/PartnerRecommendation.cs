namespace ExchangeHub.Core.Features.Partners;

/// <summary>A lab suggested as a partner, with the reasons in plain words in the reader's language.</summary>
public sealed record PartnerRecommendation(string LabId, string Name, string Prefecture, double Score, IReadOnlyList<string> Reasons);
