using System.Globalization;
using System.Text.Json;
using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Common.Themes;
using Microsoft.Extensions.Localization;

namespace ExchangeHub.Web.Pages;

/// <summary>Names, numbers and times as the current culture shows them; times are in Japan time.</summary>
public sealed class Display(IStringLocalizer<SharedResource> text)
{
    private static readonly TimeZoneInfo _japan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static bool IsJapanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    public string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, _japan).ToString(text["Format.DateTime"], CultureInfo.CurrentCulture);

    /// <summary>The calendar day of a moment in Japan.</summary>
    public static DateOnly JapanDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _japan).DateTime);

    /// <summary>The moment a day begins in Japan.</summary>
    public static DateTimeOffset JapanDayStart(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _japan.GetUtcOffset(midnight));
    }

    public static string MachineTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString(IsJapanese ? "yyyy年M月d日" : "d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    public static string Theme(string slug) => Themes.Find(slug) is { } theme ? Name(theme) : slug;

    public static string Name(Theme theme) => IsJapanese ? theme.NameJa : theme.NameEn;

    public static string Name(Prefecture prefecture) => IsJapanese ? prefecture.NameJa : prefecture.NameEn;

    public static string Region(RegionBlock region) => IsJapanese ? RegionBlocks.NameJa(region) : RegionBlocks.NameEn(region);

    public static string Prefecture(string code) => Prefectures.Find(code) is { } prefecture ? Name(prefecture) : code;

    public string Programme(string programme) => text[$"Programme.{programme}"];

    /// <summary>The prefectures of each region block, in JIS order, for grouped selects.</summary>
    public static IEnumerable<IGrouping<RegionBlock, Prefecture>> PrefecturesByRegion() =>
        Prefectures.All.OrderBy(p => p.Code, StringComparer.Ordinal).GroupBy(p => p.Region).OrderBy(g => g.Key);

    public static string ThemeNamesJson() => JsonSerializer.Serialize(Themes.All.ToDictionary(t => t.Slug, Name));
}
