using ExchangeHub.Core.Features.Search;

namespace ExchangeHub.Benchmarks;

/// <summary>Generates labs and case studies written the way labs write, from fixed phrase pools and a fixed seed.</summary>
public static class SearchCorpusGenerator
{
    private static readonly string[] _heads = ["北", "南", "東", "西", "新", "大", "小", "高", "山", "川", "田", "島", "森", "原", "野", "松", "岡", "宮", "長", "富"];
    private static readonly string[] _tails = ["見", "沢", "崎", "浜", "里", "瀬", "津", "根", "口", "部"];
    private static readonly string[] _kinds = ["市", "町", "村"];
    private static readonly string[] _labKinds = ["地域DX推進ラボ", "スマートシティ推進ラボ", "IoT推進ラボ", "デジタル共創ラボ"];

    private static readonly string[] _needs =
    [
        "担い手不足の解消", "ドローン操縦者の確保", "観光客の回遊促進", "高齢者の見守り", "買い物弱者の支援", "災害時の情報伝達",
        "公共交通の維持", "農産物の販路拡大", "水産資源の管理", "子育て世帯の支援", "行政手続のオンライン化", "データ連携基盤の整備",
        "再生可能エネルギーの活用", "デジタル人材の育成", "中小企業のDX", "医療機関の連携", "空き家の活用", "雪害対策", "鳥獣被害の対策",
        "インバウンド対応", "通院の足の確保", "漁業者の高齢化", "商店街のにぎわい", "学校のICT活用", "河川の水位監視",
    ];

    private static readonly string[] _offers =
    [
        "農業用ドローンの運用ノウハウ", "IoTセンサーによる見守り", "オンデマンド交通の運行データ", "KPIダッシュボードの設計",
        "MaaSアプリの共同運用", "AIカメラによる河川監視", "5Gを使った遠隔医療", "EVシェアリングの運営", "LoRaWANの通信網",
        "スマート漁業のIoTブイ", "電子地域通貨の運営", "タブレットコンピューターの配備", "オープンデータの公開手順", "防災アプリの開発",
        "観光アプリと周遊スタンプ", "遠隔授業の配信", "スマート農業の実証圃場", "ごみ収集ルートの最適化", "自動運転バスの試験運行",
        "デジタル人材の研修プログラム",
    ];

    private static readonly string[] _sentences =
    [
        "{0}では、人口減少と高齢化が進み、地域の暮らしを支える仕組みの見直しが急務でした。",
        "市と地元企業、大学が連携し、{1}に取り組みました。",
        "実証には{2}人の住民が参加し、アンケートで効果を確かめました。",
        "作業時間は約{2}%減り、担当者の負担が大きく軽くなりました。",
        "課題は、機器の維持費と、操作に慣れた人材の確保です。",
        "来年度は対象地区を広げ、周辺の自治体とも共同で運用する予定です。",
        "データはオープンデータとして公開し、KPIを毎月見直しています。",
        "冬の積雪期にも使えるよう、運用の手順を改めました。",
        "観光客の動きをIoTで把握し、混雑の分散につなげました。",
        "ドローンの飛行ルートは河川と農道の上空を中心に設定しました。",
        "DXの担当者を各課に置き、庁内の研修を続けています。",
        "高齢者の見守りには、電力データとセンサーを組み合わせました。",
    ];

    public static (List<SearchDocument> Labs, List<SearchDocument> CaseStudies) Generate(int labs, int caseStudies, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var labDocuments = Enumerable.Range(0, labs).Select(i =>
        {
            var municipality = Pick(random, _heads) + Pick(random, _tails) + Pick(random, _kinds);
            var text = string.Join('\n', [Pick(random, _needs), Pick(random, _needs), Pick(random, _offers), Pick(random, _offers), Body(random, municipality, 3)]);
            return new SearchDocument(SearchTypes.Lab, $"lab{i}", municipality + Pick(random, _labKinds), text, $"/labs/lab{i}", Themes(random),
                SearchTypes.Anyone, start.AddMinutes(i), $"lab{i}", null, (1 + random.Next(47)).ToString("00", System.Globalization.CultureInfo.InvariantCulture), municipality);
        }).ToList();
        var caseStudyDocuments = Enumerable.Range(0, caseStudies).Select(i =>
        {
            var lab = labDocuments[random.Next(labs)];
            var title = $"{Pick(random, _offers)}で{Pick(random, _needs)}";
            return new SearchDocument(SearchTypes.CaseStudy, $"cs{i}", title, Body(random, lab.Municipality ?? "", 6), $"/case-studies/cs{i}",
                Themes(random), SearchTypes.Anyone, start.AddMinutes(labs + i), lab.Id);
        }).ToList();
        return (labDocuments, caseStudyDocuments);
    }

    /// <summary>The same case study with its text changed, as an edit would leave it.</summary>
    public static SearchDocument Revise(SearchDocument caseStudy, Random random) =>
        caseStudy with { Text = caseStudy.Text + "\n" + Pick(random, _sentences).Replace("{0}", "", StringComparison.Ordinal), UpdatedAt = caseStudy.UpdatedAt.AddDays(1) };

    private static string Body(Random random, string municipality, int sentences) => string.Concat(Enumerable.Range(0, sentences).Select(_ =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, _sentences), municipality, Pick(random, _offers), 10 + random.Next(90))));

    private static string[] Themes(Random random) =>
        [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(random, ExchangeHub.Core.Common.Themes.Themes.All).Slug).Distinct()];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
