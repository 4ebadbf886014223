using ExchangeHub.Core.Common.Results;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

public sealed record GetLabQuery(string LabId) : IQuery<Result<LabDetails>>;

public sealed class GetLabHandler(IGrainFactory grains) : IQueryHandler<GetLabQuery, Result<LabDetails>>
{
    public async ValueTask<Result<LabDetails>> Handle(GetLabQuery query, CancellationToken cancellationToken) =>
        await grains.GetGrain<ILabGrain>(query.LabId).GetAsync() is { } lab ? lab : Problem.NotFound("ラボ", "The lab");
}
