namespace ExchangeHub.Web.Tests.Support;

public static class Samples
{
    public static object Lab(string name = "仙北市地域DX推進ラボ") => new
    {
        name,
        prefecture = "05",
        municipality = "仙北市",
        programme = "dx",
        themes = new[] { "agriculture", "logistics" },
        needs = new[] { "担い手不足の解消" },
        offers = new[] { "農業用ドローンの運用ノウハウ" },
        vision = "## ビジョン\n\n**ドローン**で中山間地の農業と物流を支える。",
    };

    public static object CaseStudy(string title = "ドローンで農薬散布を省力化") => new
    {
        title,
        summary = "水田の農薬散布をドローンに切り替え、作業時間を大きく減らした。",
        body = "## 背景\n\n担い手不足が深刻。\n\n- 散布面積 120 ha\n- 作業時間 70% 減",
        themes = new[] { "agriculture" },
    };
}
