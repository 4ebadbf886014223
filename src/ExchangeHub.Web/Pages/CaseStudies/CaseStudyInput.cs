using ExchangeHub.Core.Features.CaseStudies;

namespace ExchangeHub.Web.Pages.CaseStudies;

public sealed class CaseStudyInput
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public List<string> Themes { get; set; } = [];

    public static CaseStudyInput From(CaseStudyFields fields) => new()
    {
        Title = fields.Title,
        Summary = fields.Summary,
        Body = fields.Body,
        Themes = [.. fields.Themes],
    };

    public CaseStudyFields ToFields() => new(Title ?? "", Summary ?? "", Body ?? "", Themes);
}
