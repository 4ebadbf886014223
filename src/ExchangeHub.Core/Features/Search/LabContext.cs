namespace ExchangeHub.Core.Features.Search;

/// <summary>What the index keeps of a lab to stamp on its case studies and their discussions.</summary>
public sealed record LabContext(string Name, string Prefecture, string Municipality);
