namespace ExchangeHub.Core.Common.Geography;

/// <summary>A prefecture (都道府県).</summary>
/// <param name="Code">The two-digit JIS X 0401 code, "01" (Hokkaido) to "47" (Okinawa).</param>
/// <param name="NameJa">The Japanese name with its suffix, e.g. 秋田県, 東京都, 大阪府, 北海道.</param>
/// <param name="NameEn">The English name without a suffix, e.g. Akita.</param>
/// <param name="Region">The region block it belongs to.</param>
/// <param name="Neighbours">
/// Codes of the prefectures it shares a land border with, or a fixed link across the sea
/// (a bridge or tunnel, e.g. the Seikan Tunnel between Hokkaido and Aomori); Okinawa has none.
/// </param>
/// <param name="Latitude">Latitude of the prefectural office, in degrees.</param>
/// <param name="Longitude">Longitude of the prefectural office, in degrees.</param>
public sealed record Prefecture(
    string Code,
    string NameJa,
    string NameEn,
    RegionBlock Region,
    IReadOnlyList<string> Neighbours,
    double Latitude,
    double Longitude);
