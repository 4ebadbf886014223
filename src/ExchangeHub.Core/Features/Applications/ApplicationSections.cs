namespace ExchangeHub.Core.Features.Applications;

public static class ApplicationSections
{
    public const string Vision = "vision";
    public const string Plan = "plan";
    public const string Kpis = "kpis";
    public const string Criteria = "criteria";

    public static readonly IReadOnlyList<string> All = [Vision, Plan, Kpis, Criteria];

    public static readonly IReadOnlyList<string> Text = [Vision, Plan];
}
