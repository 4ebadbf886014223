using ExchangeHub.Core.Features.Search;
using Lucene.Net.Store;

namespace ExchangeHub.Core.Tests.Features.Search;

/// <summary>
/// A fixed set of labs, case studies and threads, written the way labs write, for the relevance set: every query
/// in <see cref="RelevanceTests"/> has a known best answer here.
/// </summary>
public static class SearchCorpus
{
    private static readonly DateTimeOffset _at = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<SearchDocument> Documents =
    [
        Lab("senboku", "仙北市地域DX推進ラボ", "05", "仙北市", ["agriculture", "logistics", "ageing"],
            "担い手不足の解消\nドローン操縦者の確保と育成\n農業用ドローンの運用ノウハウ\n中山間地での飛行ルート設計\nドローンによる農薬散布と農産物の運搬を地域の共有インフラとして整えます。"),
        Lab("aizu", "会津若松市スマートシティ推進ラボ", "07", "会津若松市", ["data-platform", "government"],
            "行政手続のオンライン化\nデータ連携基盤（都市OS）の構築と運用\n市民ポータルとKPIの公開\nオプトインで市民がデータを預け、行政サービスを一人ひとりに合わせます。"),
        Lab("kaga", "加賀市デジタル人材育成ラボ", "17", "加賀市", ["education", "government"],
            "デジタル人材の確保\n小中学校のプログラミング教育\nｅ－加賀市民制度の運用\n子どもから大人までデジタルを学べる街にします。"),
        Lab("kobe", "神戸市MaaS推進ラボ", "28", "神戸市", ["mobility", "healthcare", "ageing"],
            "郊外団地の移動手段\nオンデマンド交通の運行データ\nMaaSアプリの共同運用\n高齢者が通院や買い物に出かけやすい街をめざします。"),
        Lab("miyakojima", "宮古島市エコアイランドラボ", "47", "宮古島市", ["energy", "tourism"],
            "再生可能エネルギーの地産地消\n観光客のEVシェアリング\n島しょ部の電力需給データ\n太陽光と蓄電池で島のエネルギーを賄います。"),
        Lab("ishinomaki", "石巻市スマート水産ラボ", "04", "石巻市", ["fisheries", "data-platform"],
            "漁業者の高齢化\nIoTブイによる海況観測\n水揚げデータの共有\n漁場の水温や潮流を漁師がスマートフォンで見られるようにします。"),
        CaseStudy("spray", "senboku", "ドローンの共同散布で水稲防除の作業時間を8割削減", ["agriculture", "ageing"],
            "JAと農業法人、市が機体とオペレーターを共同で運用し、高齢農家の水稲防除をまとめて請け負いました。動力噴霧器を背負う作業がなくなり、作業時間は約8割減りました。"),
        CaseStudy("delivery", "senboku", "山あいの集落から集荷場へ、ドローンで農産物を運ぶ", ["logistics", "agriculture"],
            "車で片道30分かかる山間集落と集荷場の間で、ドローンによる農産物の定期運搬を実証しました。集落の公民館にドローンポート（drone port）を設けました。"),
        CaseStudy("kpi", "aizu", "KPIダッシュボードで行政サービスを見える化", ["government", "data-platform"],
            "窓口の待ち時間やオンライン申請の利用率など12のKPIを毎週公開するダッシュボードを作りました。"),
        CaseStudy("ondemand", "kobe", "オンデマンド交通で高齢者の通院を支える", ["mobility", "healthcare"],
            "郊外の団地と病院を結ぶ乗合タクシーをアプリと電話で予約できるようにし、高齢者の移動を支えました。"),
        CaseStudy("buoy", "ishinomaki", "IoTブイで漁場の水温をリアルタイム共有", ["fisheries"],
            "湾内に設置したIoTブイが水温と塩分を10分ごとに送り、漁業者がスマートフォンで確認できるようにしました。"),
        CaseStudy("tablet", "kaga", "全小学校にタブレットコンピューターを配備", ["education"],
            "市内の全小学校に一人一台のタブレットコンピューターを配り、プログラミングの授業を始めました。"),
        CaseStudy("ev", "miyakojima", "観光客向けＥＶシェアリングの実証", ["tourism", "energy", "mobility"],
            "空港とホテルにＥＶの貸出拠点を置き、太陽光で充電したＥＶを観光客に貸し出しました。"),
        CaseStudy("dxplan", "kaga", "ＤＸ推進計画の策定と庁内デジタル研修", ["government", "education"],
            "全職員向けにＤＸ研修を行い、ＤＸ推進計画を市民と一緒に作りました。"),
        CaseStudy("shuttle", "senboku", "集落への定期便 Kamome", ["logistics"], "ﾄﾞﾛｰﾝで農産物と日用品を運びます。"),
        Thread("insurance", null, "農業用ドローンの保険について", "散布中の事故に、皆さんの地域ではどう備えていますか？", SearchTypes.SignedIn),
        Thread("spray-talk", "spray", "ドローンの共同散布で水稲防除の作業時間を8割削減", "申込みが集中する7月下旬の調整はどうしていますか？", SearchTypes.Anyone),
    ];

    public static SearchIndex NewIndex()
    {
        var index = new SearchIndex(new RAMDirectory());
        foreach (var document in Documents)
        {
            index.Upsert(document);
        }

        return index;
    }

    private static SearchDocument Lab(string id, string name, string prefecture, string municipality, string[] themes, string text) =>
        new(SearchTypes.Lab, id, name, text, $"/labs/{id}", themes, SearchTypes.Anyone, _at, id, null, prefecture, municipality);

    private static SearchDocument CaseStudy(string id, string labId, string title, string[] themes, string text) =>
        new(SearchTypes.CaseStudy, id, title, text, $"/case-studies/{id}", themes, SearchTypes.Anyone, _at, labId);

    private static SearchDocument Thread(string id, string? caseStudyId, string title, string text, string audience) =>
        new(SearchTypes.Thread, id, title, text, $"/threads/{id}", [], audience, _at, ParentId: caseStudyId);
}
