using ExchangeHub.Core.Common.Results;
using Mediator;

namespace ExchangeHub.Core.Features.Activity;

/// <summary>The activity feed; public, so anyone may ask.</summary>
public sealed record GetActivityQuery : IQuery<Result<ActivityView>>;

public sealed class GetActivityHandler(IGrainFactory grains) : IQueryHandler<GetActivityQuery, Result<ActivityView>>
{
    public async ValueTask<Result<ActivityView>> Handle(GetActivityQuery query, CancellationToken cancellationToken) =>
        await grains.GetGrain<IActivityGrain>(0).GetAsync();
}
