namespace ExchangeHub.Core.Features.Labs;

/// <summary>Trims what people typed and drops empty and repeated list entries before a lab is stored.</summary>
public static class LabFieldsCleaner
{
    public static LabFields Clean(LabFields fields) => fields with
    {
        Name = fields.Name.Trim(),
        Municipality = fields.Municipality.Trim(),
        Themes = Distinct(fields.Themes),
        Needs = Distinct(fields.Needs),
        Offers = Distinct(fields.Offers),
        Kpis = fields.Kpis ?? [],
    };

    private static string[] Distinct(IEnumerable<string> items) =>
        items.Select(item => item.Trim()).Where(item => item.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
