namespace ExchangeHub.Core.Common.Themes;

/// <summary>The programme's fixed list of themes, shared by labs, case studies, mentors and search.</summary>
public static class Themes
{
    public static readonly IReadOnlyList<Theme> All =
    [
        new("agriculture", "農業", "Agriculture"),
        new("tourism", "観光", "Tourism"),
        new("healthcare", "医療・健康", "Healthcare"),
        new("education", "教育", "Education"),
        new("disaster-prevention", "防災", "Disaster prevention"),
        new("mobility", "交通・MaaS", "Mobility"),
        new("logistics", "物流", "Logistics"),
        new("manufacturing", "ものづくり", "Manufacturing"),
        new("government", "行政DX", "Digital government"),
        new("energy", "エネルギー", "Energy"),
        new("fisheries", "水産業", "Fisheries"),
        new("retail", "商業・小売", "Retail"),
        new("childcare", "子育て", "Childcare"),
        new("ageing", "高齢化・見守り", "Ageing society"),
        new("data-platform", "データ連携基盤", "Data platform"),
    ];

    private static readonly Dictionary<string, Theme> _bySlug = All.ToDictionary(theme => theme.Slug);

    public static bool IsKnown(string? slug) => slug is not null && _bySlug.ContainsKey(slug);

    public static Theme? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}
