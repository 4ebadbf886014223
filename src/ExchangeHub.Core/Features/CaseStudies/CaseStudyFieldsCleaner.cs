namespace ExchangeHub.Core.Features.CaseStudies;

public static class CaseStudyFieldsCleaner
{
    public static CaseStudyFields Clean(CaseStudyFields fields) => fields with
    {
        Title = fields.Title.Trim(),
        Summary = fields.Summary.Trim(),
        Themes = fields.Themes.Distinct(StringComparer.Ordinal).ToArray(),
    };
}
