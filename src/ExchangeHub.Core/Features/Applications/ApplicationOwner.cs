namespace ExchangeHub.Core.Features.Applications;

/// <summary>Who an application belongs to: its title and the labs that may own its KPIs.</summary>
public sealed record ApplicationOwner(string Key, string Title, string Kind, IReadOnlyDictionary<string, string> Labs, string Link);
