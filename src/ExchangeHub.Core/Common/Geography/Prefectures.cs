using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using static ExchangeHub.Core.Common.Geography.RegionBlock;

namespace ExchangeHub.Core.Common.Geography;

/// <summary>The 47 prefectures of Japan.</summary>
public static class Prefectures
{
    /// <summary>All 47 prefectures in JIS X 0401 order.</summary>
    public static IReadOnlyList<Prefecture> All { get; } =
    [
        new("01", "北海道", "Hokkaido", Hokkaido, ["02"], 43.0642, 141.3469),
        new("02", "青森県", "Aomori", Tohoku, ["01", "03", "05"], 40.8244, 140.7400),
        new("03", "岩手県", "Iwate", Tohoku, ["02", "04", "05"], 39.7036, 141.1525),
        new("04", "宮城県", "Miyagi", Tohoku, ["03", "05", "06", "07"], 38.2689, 140.8719),
        new("05", "秋田県", "Akita", Tohoku, ["02", "03", "04", "06"], 39.7186, 140.1025),
        new("06", "山形県", "Yamagata", Tohoku, ["04", "05", "07", "15"], 38.2404, 140.3633),
        new("07", "福島県", "Fukushima", Tohoku, ["04", "06", "08", "09", "10", "15"], 37.7500, 140.4678),
        new("08", "茨城県", "Ibaraki", Kanto, ["07", "09", "11", "12"], 36.3419, 140.4469),
        new("09", "栃木県", "Tochigi", Kanto, ["07", "08", "10", "11"], 36.5658, 139.8836),
        new("10", "群馬県", "Gunma", Kanto, ["07", "09", "11", "15", "20"], 36.3911, 139.0608),
        new("11", "埼玉県", "Saitama", Kanto, ["08", "09", "10", "12", "13", "19", "20"], 35.8569, 139.6489),
        new("12", "千葉県", "Chiba", Kanto, ["08", "11", "13", "14"], 35.6047, 140.1233),
        new("13", "東京都", "Tokyo", Kanto, ["11", "12", "14", "19"], 35.6894, 139.6917),
        new("14", "神奈川県", "Kanagawa", Kanto, ["12", "13", "19", "22"], 35.4478, 139.6425),
        new("15", "新潟県", "Niigata", Chubu, ["06", "07", "10", "16", "20"], 37.9022, 139.0236),
        new("16", "富山県", "Toyama", Chubu, ["15", "17", "20", "21"], 36.6953, 137.2113),
        new("17", "石川県", "Ishikawa", Chubu, ["16", "18", "21"], 36.5944, 136.6256),
        new("18", "福井県", "Fukui", Chubu, ["17", "21", "25", "26"], 36.0652, 136.2216),
        new("19", "山梨県", "Yamanashi", Chubu, ["11", "13", "14", "20", "22"], 35.6639, 138.5683),
        new("20", "長野県", "Nagano", Chubu, ["10", "11", "15", "16", "19", "21", "22", "23"], 36.6513, 138.1810),
        new("21", "岐阜県", "Gifu", Chubu, ["16", "17", "18", "20", "23", "24", "25"], 35.3912, 136.7223),
        new("22", "静岡県", "Shizuoka", Chubu, ["14", "19", "20", "23"], 34.9769, 138.3831),
        new("23", "愛知県", "Aichi", Chubu, ["20", "21", "22", "24"], 35.1802, 136.9066),
        new("24", "三重県", "Mie", Kinki, ["21", "23", "25", "26", "29", "30"], 34.7303, 136.5086),
        new("25", "滋賀県", "Shiga", Kinki, ["18", "21", "24", "26"], 35.0045, 135.8686),
        new("26", "京都府", "Kyoto", Kinki, ["18", "24", "25", "27", "28", "29"], 35.0213, 135.7556),
        new("27", "大阪府", "Osaka", Kinki, ["26", "28", "29", "30"], 34.6863, 135.5200),
        new("28", "兵庫県", "Hyogo", Kinki, ["26", "27", "31", "33", "36"], 34.6913, 135.1830),
        new("29", "奈良県", "Nara", Kinki, ["24", "26", "27", "30"], 34.6851, 135.8328),
        new("30", "和歌山県", "Wakayama", Kinki, ["24", "27", "29"], 34.2260, 135.1675),
        new("31", "鳥取県", "Tottori", Chugoku, ["28", "32", "33", "34"], 35.5036, 134.2383),
        new("32", "島根県", "Shimane", Chugoku, ["31", "34", "35"], 35.4723, 133.0505),
        new("33", "岡山県", "Okayama", Chugoku, ["28", "31", "34", "37"], 34.6617, 133.9350),
        new("34", "広島県", "Hiroshima", Chugoku, ["31", "32", "33", "35", "38"], 34.3966, 132.4596),
        new("35", "山口県", "Yamaguchi", Chugoku, ["32", "34", "40"], 34.1861, 131.4706),
        new("36", "徳島県", "Tokushima", Shikoku, ["28", "37", "38", "39"], 34.0658, 134.5593),
        new("37", "香川県", "Kagawa", Shikoku, ["33", "36", "38"], 34.3401, 134.0434),
        new("38", "愛媛県", "Ehime", Shikoku, ["34", "36", "37", "39"], 33.8417, 132.7661),
        new("39", "高知県", "Kochi", Shikoku, ["36", "38"], 33.5597, 133.5311),
        new("40", "福岡県", "Fukuoka", KyushuOkinawa, ["35", "41", "43", "44"], 33.6064, 130.4181),
        new("41", "佐賀県", "Saga", KyushuOkinawa, ["40", "42"], 33.2494, 130.2988),
        new("42", "長崎県", "Nagasaki", KyushuOkinawa, ["41"], 32.7503, 129.8679),
        new("43", "熊本県", "Kumamoto", KyushuOkinawa, ["40", "44", "45", "46"], 32.7898, 130.7417),
        new("44", "大分県", "Oita", KyushuOkinawa, ["40", "43", "45"], 33.2382, 131.6126),
        new("45", "宮崎県", "Miyazaki", KyushuOkinawa, ["43", "44", "46"], 31.9111, 131.4239),
        new("46", "鹿児島県", "Kagoshima", KyushuOkinawa, ["43", "45"], 31.5602, 130.5581),
        new("47", "沖縄県", "Okinawa", KyushuOkinawa, [], 26.2124, 127.6809),
    ];

    private static readonly FrozenDictionary<string, Prefecture> _byCode = All.ToFrozenDictionary(p => p.Code);

    private static readonly FrozenDictionary<RegionBlock, IReadOnlyList<Prefecture>> _byRegion =
        All.GroupBy(p => p.Region).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Prefecture>)[.. g]);

    /// <summary>Looks a prefecture up by its two-digit code ("05").</summary>
    public static bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Prefecture? prefecture)
    {
        prefecture = null;
        return code is not null && _byCode.TryGetValue(code, out prefecture);
    }

    /// <summary>The prefecture with this two-digit code ("05"), or null when there is none.</summary>
    public static Prefecture? Find(string? code) => TryGet(code, out var prefecture) ? prefecture : null;

    /// <summary>The prefectures of a region block, in JIS X 0401 order.</summary>
    public static IReadOnlyList<Prefecture> InRegion(RegionBlock region) =>
        _byRegion.TryGetValue(region, out var prefectures) ? prefectures : [];
}
