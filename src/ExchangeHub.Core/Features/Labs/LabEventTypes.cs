namespace ExchangeHub.Core.Features.Labs;

public static class LabEventTypes
{
    public const string CaseStudyPublished = "casestudy.published";
    public const string CaseStudyRevised = "casestudy.revised";
}
