using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Security;
using ExchangeHub.Core.Features.Labs;
using FluentValidation;
using Mediator;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>Partner suggestions for a lab, for its members: one directory call and one call for the consortium ties.</summary>
public sealed record GetPartnerRecommendationsQuery(string LabId, bool FarAway = false, int Take = 10)
    : IQuery<Result<IReadOnlyList<PartnerRecommendation>>>, IRequireSignIn;

public sealed class GetPartnerRecommendationsValidator : AbstractValidator<GetPartnerRecommendationsQuery>
{
    public GetPartnerRecommendationsValidator() => RuleFor(q => q.Take).InclusiveBetween(1, 50);
}

public sealed class GetPartnerRecommendationsAuthorizer(LabGuard guard) : IAuthorizer<GetPartnerRecommendationsQuery>
{
    public ValueTask<Problem?> AuthorizeAsync(GetPartnerRecommendationsQuery message, ICurrentUser user, CancellationToken cancellationToken) =>
        guard.RequireAsync(message.LabId, user, LabRoles.Member);
}

public sealed class GetPartnerRecommendationsHandler(IGrainFactory grains, TimeProvider clock)
    : IQueryHandler<GetPartnerRecommendationsQuery, Result<IReadOnlyList<PartnerRecommendation>>>
{
    public async ValueTask<Result<IReadOnlyList<PartnerRecommendation>>> Handle(GetPartnerRecommendationsQuery query, CancellationToken cancellationToken)
    {
        var labs = await grains.GetGrain<ILabDirectoryGrain>(0).ListAllAsync();
        if (labs.FirstOrDefault(lab => lab.Id == query.LabId) is not { } me)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        var ties = await grains.GetGrain<IConsortiumTiesGrain>(0).ListAsync();
        return Result<IReadOnlyList<PartnerRecommendation>>.Ok(
            [.. PartnerRanking.Rank(me, labs, ties, clock.GetUtcNow(), query.FarAway).Take(query.Take)]);
    }
}
