using System.Globalization;
using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Common.Themes;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>Why a lab was suggested, in plain words in the reader's language.</summary>
public static class PartnerReasons
{
    public static string TheyOffer(string need, string offer) =>
        Say.Text($"あなたの課題『{need}』に対し、相手は『{offer}』を提供", $"For your need “{need}”, they offer “{offer}”");

    public static string WeOffer(string need, string offer) =>
        Say.Text($"相手の課題『{need}』に、あなたの『{offer}』が応えられます", $"Your offer “{offer}” answers their need “{need}”");

    public static string Themes(IReadOnlyList<string> slugs)
    {
        var themes = slugs.Select(Common.Themes.Themes.Find).OfType<Theme>().ToList();
        return Say.Text($"共通のテーマ：{string.Join("、", themes.Select(t => t.NameJa))}", $"Shared themes: {string.Join(", ", themes.Select(t => t.NameEn))}");
    }

    public static string SamePrefecture(Prefecture prefecture) =>
        Say.Text($"同じ{prefecture.NameJa}のラボです", $"Also in {prefecture.NameEn}");

    public static string Neighbour(Prefecture prefecture) =>
        Say.Text($"隣の{prefecture.NameJa}のラボです", $"Next door, in {prefecture.NameEn}");

    public static string SameRegion(RegionBlock region) =>
        Say.Text($"同じ{RegionBlocks.NameJa(region)}のラボです", $"In the same region block ({RegionBlocks.NameEn(region)})");

    public static string FarAway(Prefecture prefecture, double kilometres)
    {
        var rounded = (Math.Round(kilometres / 10) * 10).ToString("#,0", CultureInfo.InvariantCulture);
        return Say.Text($"遠く離れた{prefecture.NameJa}（約{rounded}km）との連携で、違う視点を得られます",
            $"A deliberate distant pairing with {prefecture.NameEn} (about {rounded} km) brings a different view");
    }

    public static string CaseStudies(int count) =>
        Say.Text($"事例を{count}件公開しています", count == 1 ? "Has published 1 case study" : $"Has published {count} case studies");

    public static string Consortia(int count) =>
        Say.Text($"{count}件のコンソーシアムに参加した経験があります", count == 1 ? "Has taken part in 1 consortium" : $"Has taken part in {count} consortia");

    public static string RecentlyActive() => Say.Text("この30日以内に活動しています", "Active in the last 30 days");
}
