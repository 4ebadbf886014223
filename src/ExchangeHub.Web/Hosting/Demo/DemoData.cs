namespace ExchangeHub.Web.Hosting.Demo;

/// <summary>The shape of demo-data.json: fictional people, real municipalities, Japanese case studies.</summary>
public sealed record DemoData(IReadOnlyList<DemoUser> Users, IReadOnlyList<DemoLab> Labs);

public sealed record DemoUser(string Key, string Email, string DisplayName, string Password);

public sealed record DemoLab(
    string Key, string Name, string Prefecture, string Municipality, string Programme, IReadOnlyList<string> Themes,
    IReadOnlyList<string> Needs, IReadOnlyList<string> Offers, string Vision, string Admin, IReadOnlyList<string> Members,
    IReadOnlyList<DemoKpi>? Kpis, IReadOnlyList<DemoCaseStudy> CaseStudies);

public sealed record DemoKpi(string Indicator, string Unit, decimal Baseline, decimal Target, int DueYear);

public sealed record DemoCaseStudy(string Title, string Summary, string Body, IReadOnlyList<string> Themes, string Author);
