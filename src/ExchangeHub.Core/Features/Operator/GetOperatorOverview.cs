using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Moderation;
using Mediator;

namespace ExchangeHub.Core.Features.Operator;

public sealed record GetOperatorOverviewQuery : IQuery<Result<OperatorOverview>>, IRequireOperator;

/// <summary>Four calls in all, made together: the directory, the activity feed, the mentor desk and the moderation queue.</summary>
public sealed class GetOperatorOverviewHandler(IGrainFactory grains) : IQueryHandler<GetOperatorOverviewQuery, Result<OperatorOverview>>
{
    public async ValueTask<Result<OperatorOverview>> Handle(GetOperatorOverviewQuery query, CancellationToken cancellationToken)
    {
        var labs = grains.GetGrain<ILabDirectoryGrain>(0).ListAllAsync();
        var activity = grains.GetGrain<IActivityGrain>(0).GetAsync();
        var waits = grains.GetGrain<IMentorDeskGrain>(0).ListRecentWaitsAsync();
        var flags = grains.GetGrain<IModerationGrain>(0).ListAsync();
        await Task.WhenAll(labs, activity, waits, flags);
        return new OperatorOverview(await labs, await activity, await waits, await flags);
    }
}
