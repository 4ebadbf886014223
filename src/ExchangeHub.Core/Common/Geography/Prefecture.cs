namespace ExchangeHub.Core.Common.Geography;

public sealed record Prefecture(string Code, string NameJa, string NameEn, RegionBlock Region);
