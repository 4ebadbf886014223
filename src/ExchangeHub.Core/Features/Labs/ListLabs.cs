using ExchangeHub.Core.Common.Results;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

public sealed record ListLabsQuery(LabFilter Filter) : IQuery<Result<LabPage>>;

public sealed class ListLabsHandler(IGrainFactory grains) : IQueryHandler<ListLabsQuery, Result<LabPage>>
{
    public async ValueTask<Result<LabPage>> Handle(ListLabsQuery query, CancellationToken cancellationToken) =>
        await grains.GetGrain<ILabDirectoryGrain>(0).SearchAsync(query.Filter);
}
