using System.Globalization;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Partners;

namespace ExchangeHub.Core.Tests.Features.Partners;

/// <summary>A small hand-built set of labs whose right order is known, around a lab in Akita (05).</summary>
public sealed class PartnerRankingTests
{
    private static readonly DateTimeOffset _now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly LabSummary _me = Lab("me", "仙北市ラボ", "05", ["agriculture", "logistics"],
        needs: ["ドローン操縦者の育成", "農産物の集荷"], offers: ["中山間地での飛行ルート設計"], caseStudies: 2);

    // Next door, same themes, offers what I need and needs what I offer, active, experienced: clearly first.
    private static readonly LabSummary _iwate = Lab("iwate", "遠野市ラボ", "03", ["agriculture", "logistics"],
        needs: ["飛行ルート設計の支援"], offers: ["ドローン操縦者の育成講座"], caseStudies: 4);

    // Next door with a shared theme, nothing to trade.
    private static readonly LabSummary _yamagata = Lab("yamagata", "鶴岡市ラボ", "06", ["agriculture"]);

    // Far away, no shared theme, but offers what I need.
    private static readonly LabSummary _okinawa = Lab("okinawa", "宮古島市ラボ", "47", ["tourism"], offers: ["ドローン操縦者の育成"]);

    // Already with me in a consortium: never suggested, however good.
    private static readonly LabSummary _partner = Lab("partner", "石巻市ラボ", "04", ["agriculture", "logistics"],
        needs: ["飛行ルート設計の支援"], offers: ["ドローン操縦者の育成講座"]);

    // Nothing in common, far, idle for a year.
    private static readonly LabSummary _unrelated = Lab("unrelated", "福岡市ラボ", "40", ["retail"], idleDays: 365);

    private static readonly LabSummary[] _all = [_me, _iwate, _yamagata, _okinawa, _partner, _unrelated];

    private static readonly Dictionary<string, IReadOnlyList<string>> _ties = new()
    {
        ["c1"] = ["me", "partner"],
        ["c2"] = ["iwate", "unrelated"],
    };

    private static LabSummary Lab(
        string id, string name, string prefecture, string[] themes, string[]? needs = null, string[]? offers = null, int caseStudies = 0, int idleDays = 3) =>
        new(id, name, prefecture, "市", "dx", themes, 3, caseStudies, _now.AddDays(-idleDays), needs ?? [], offers ?? []);

    [Fact]
    public void Rank_Nearby_ComplementaryNeighbourFirstThenSharedThemeThenFarOfferThenUnrelated()
    {
        var ranked = PartnerRanking.Rank(_me, _all, _ties, _now, farAway: false);

        Assert.Equal(["iwate", "yamagata", "okinawa", "unrelated"], ranked.Select(r => r.LabId));
    }

    [Fact]
    public void Rank_FarAway_DistantLabWithWhatINeedRisesAboveTheNeighbour()
    {
        var ranked = PartnerRanking.Rank(_me, _all, _ties, _now, farAway: true);

        Assert.Equal(["iwate", "okinawa", "yamagata", "unrelated"], ranked.Select(r => r.LabId));
    }

    [Fact]
    public void Rank_ExcludesItselfAndLabsAlreadyInAConsortiumWithIt()
    {
        var ranked = PartnerRanking.Rank(_me, _all, _ties, _now, farAway: false);

        Assert.DoesNotContain(ranked, r => r.LabId is "me" or "partner");
    }

    [Fact]
    public void Rank_Reasons_InJapaneseWithTheWordsOfNeedsAndOffers()
    {
        using var japanese = new UiCulture("ja-JP");

        var reasons = PartnerRanking.Rank(_me, _all, _ties, _now, farAway: false)[0].Reasons;

        Assert.Equal(
        [
            "あなたの課題『ドローン操縦者の育成』に対し、相手は『ドローン操縦者の育成講座』を提供",
            "相手の課題『飛行ルート設計の支援』に、あなたの『中山間地での飛行ルート設計』が応えられます",
            "共通のテーマ：農業、物流",
            "隣の岩手県のラボです",
            "事例を4件公開しています",
            "1件のコンソーシアムに参加した経験があります",
            "この30日以内に活動しています",
        ], reasons);
    }

    [Fact]
    public void Rank_Reasons_InEnglishWhenEnglishWasChosen()
    {
        using var english = new UiCulture("en");

        var okinawa = PartnerRanking.Rank(_me, _all, _ties, _now, farAway: true).Single(r => r.LabId == "okinawa");

        Assert.Contains("For your need “ドローン操縦者の育成”, they offer “ドローン操縦者の育成”", okinawa.Reasons);
        Assert.Contains(okinawa.Reasons, reason => reason.StartsWith("A deliberate distant pairing with Okinawa (about 1,", StringComparison.Ordinal));
    }

    [Fact]
    public void PhraseSimilarity_SharedRareWords_Match_ParticlesAlone_DoNot()
    {
        var similarity = new PhraseSimilarity(["ドローン操縦者の育成", "ドローン操縦者の育成講座", "観光の運営", "物流の運営", "担い手不足の解消"]);

        Assert.True(similarity.Of("ドローン操縦者の育成", "どろーん操縦者の育成講座") > 0.8);
        Assert.True(similarity.Of("観光の運営", "物流の運営") < 0.5);
        Assert.Equal(0, similarity.Of("担い手不足の解消", "ドローン操縦者の育成講座"));
    }

    [Fact]
    public void PhraseSimilarity_OnlyGenericWordsShared_IsNoMatch()
    {
        var similarity = new PhraseSimilarity(["市民の同意管理の運用ノウハウの共有", "農業用ドローンの運用ノウハウ"]);

        Assert.Equal(0, similarity.Of("市民の同意管理の運用ノウハウの共有", "農業用ドローンの運用ノウハウ"));
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
