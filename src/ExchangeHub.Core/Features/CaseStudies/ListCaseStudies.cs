using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.CaseStudies;

public sealed record ListCaseStudiesQuery(string LabId) : IQuery<Result<IReadOnlyList<CaseStudyCard>>>;

public sealed class ListCaseStudiesHandler(IGrainFactory grains)
    : IQueryHandler<ListCaseStudiesQuery, Result<IReadOnlyList<CaseStudyCard>>>
{
    public async ValueTask<Result<IReadOnlyList<CaseStudyCard>>> Handle(ListCaseStudiesQuery query, CancellationToken cancellationToken) =>
        await grains.GetGrain<ILabGrain>(query.LabId).GetAsync() is { } lab
            ? Result<IReadOnlyList<CaseStudyCard>>.Ok(lab.CaseStudies)
            : Problem.NotFound("ラボ", "The lab");
}
