namespace ExchangeHub.Core.Common.Themes;

public sealed record Theme(string Slug, string NameJa, string NameEn);
