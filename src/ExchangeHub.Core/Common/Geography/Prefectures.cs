namespace ExchangeHub.Core.Common.Geography;

public static class Prefectures
{
    public static readonly IReadOnlyList<Prefecture> All = [new("05", "秋田県", "Akita", RegionBlock.Tohoku), new("13", "東京都", "Tokyo", RegionBlock.Kanto)];

    public static Prefecture? Find(string code) => All.FirstOrDefault(p => p.Code == code);

    public static bool TryGet(string code, out Prefecture prefecture)
    {
        prefecture = Find(code)!;
        return prefecture is not null;
    }
}
