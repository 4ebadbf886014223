using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Mentors;
using Mediator;

namespace ExchangeHub.Core.Features.Activity;

/// <summary>The home page: three calls made together (directory, activity, desk), however many labs there are.</summary>
public sealed record GetHomeQuery : IQuery<Result<HomeView>>;

public sealed class GetHomeHandler(IGrainFactory grains) : IQueryHandler<GetHomeQuery, Result<HomeView>>
{
    public async ValueTask<Result<HomeView>> Handle(GetHomeQuery query, CancellationToken cancellationToken)
    {
        var labs = grains.GetGrain<ILabDirectoryGrain>(0).ListAllAsync();
        var activity = grains.GetGrain<IActivityGrain>(0).GetAsync();
        var desk = grains.GetGrain<IMentorDeskGrain>(0).GetAsync();
        await Task.WhenAll(labs, activity, desk);
        var deskView = await desk;
        return new HomeView(await labs, await activity, deskView.Items.Count, deskView.ExpectedWaitSeconds);
    }
}
