using ExchangeHub.Core.Features.Applications;

namespace ExchangeHub.Web.Endpoints;

public sealed record ApplicationResponse(
    string Key, string Title, string Kind, IReadOnlyDictionary<string, string> Labs, SectionText Vision, SectionText Plan,
    IReadOnlyList<ApplicationKpi> Kpis, int KpisVersion, IReadOnlyList<CriterionResponse> Criteria, int CriteriaVersion,
    IReadOnlyList<ApplicationChange> History, int Completeness, IReadOnlyList<string> Missing, long LastSeq)
{
    public static ApplicationResponse From(ApplicationDetails details)
    {
        var (owner, a) = (details.Owner, details.Application);
        return new(a.Key, owner.Title, owner.Kind, owner.Labs, a.Vision, a.Plan, a.Kpis, a.KpisVersion,
            a.Criteria.Select(c => new CriterionResponse(c.Number, ReviewCriteria.Title(c.Number), c.Met, c.Parts, c.Note)).ToList(),
            a.CriteriaVersion, a.History, details.Completeness.Score, details.Completeness.Missing, a.LastSeq);
    }
}

public sealed record CriterionResponse(int Number, string Title, bool Met, IReadOnlyList<string> Parts, string Note);
