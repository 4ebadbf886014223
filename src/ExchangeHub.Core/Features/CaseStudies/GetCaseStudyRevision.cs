using ExchangeHub.Core.Common.Results;
using Mediator;

namespace ExchangeHub.Core.Features.CaseStudies;

public sealed record GetCaseStudyRevisionQuery(string CaseStudyId, int Revision) : IQuery<Result<CaseStudyRevision>>;

public sealed class GetCaseStudyRevisionHandler(IGrainFactory grains)
    : IQueryHandler<GetCaseStudyRevisionQuery, Result<CaseStudyRevision>>
{
    public async ValueTask<Result<CaseStudyRevision>> Handle(GetCaseStudyRevisionQuery query, CancellationToken cancellationToken)
    {
        var key = ICaseStudyRevisionGrain.Key(query.CaseStudyId, query.Revision);
        return query.Revision > 0 && await grains.GetGrain<ICaseStudyRevisionGrain>(key).GetAsync() is { } revision
            ? revision
            : Problem.NotFound("この版の事例", "This revision of the case study");
    }
}
