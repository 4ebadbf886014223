using ExchangeHub.Core.Common.Results;
using Mediator;

namespace ExchangeHub.Core.Features.CaseStudies;

public sealed record GetCaseStudyQuery(string CaseStudyId) : IQuery<Result<CaseStudyDetails>>;

public sealed class GetCaseStudyHandler(IGrainFactory grains) : IQueryHandler<GetCaseStudyQuery, Result<CaseStudyDetails>>
{
    public async ValueTask<Result<CaseStudyDetails>> Handle(GetCaseStudyQuery query, CancellationToken cancellationToken) =>
        await grains.GetGrain<ICaseStudyGrain>(query.CaseStudyId).GetAsync() is { } details
            ? details
            : Problem.NotFound("事例", "The case study");
}
