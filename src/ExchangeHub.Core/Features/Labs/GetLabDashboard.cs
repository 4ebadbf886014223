using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Consortia;
using ExchangeHub.Core.Features.Mentors;
using ExchangeHub.Core.Features.Threads;
using Mediator;

namespace ExchangeHub.Core.Features.Labs;

public sealed record GetLabDashboardQuery(string LabId) : IQuery<Result<LabDashboard>>, IRequireSignIn;

public sealed class GetLabDashboardAuthorizer(LabGuard guard) : IAuthorizer<GetLabDashboardQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetLabDashboardQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Member);
}

/// <summary>Four calls made together, one per list, whatever the lab holds.</summary>
public sealed class GetLabDashboardHandler(IGrainFactory grains) : IQueryHandler<GetLabDashboardQuery, Result<LabDashboard>>
{
    private const int ThreadCount = 20;

    public async ValueTask<Result<LabDashboard>> Handle(GetLabDashboardQuery query, CancellationToken cancellationToken)
    {
        var lab = grains.GetGrain<ILabGrain>(query.LabId).GetAsync();
        var threads = grains.GetGrain<ISpaceGrain>(Spaces.Lab(query.LabId)).ListAsync(0, ThreadCount);
        var consortia = grains.GetGrain<ILabConsortiaGrain>(query.LabId).ListAsync();
        var requests = grains.GetGrain<IMentorRequestIndexGrain>(IMentorRequestIndexGrain.OfLab(query.LabId)).ListAsync();
        await Task.WhenAll(lab, threads, consortia, requests);
        return await lab is { } details
            ? new LabDashboard(details, await threads, await consortia, await requests)
            : Problem.NotFound("ラボ", "The lab");
    }
}
