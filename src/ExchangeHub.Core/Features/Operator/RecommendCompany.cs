using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.Operator;

/// <summary>An operator marks a lab's company for recommendation to DX Selection.</summary>
public sealed record RecommendCompanyCommand(string LabId, string CompanyId) : ICommand<Result<Company>>, IRequireOperator;

public sealed class RecommendCompanyHandler(IGrainFactory grains) : ICommandHandler<RecommendCompanyCommand, Result<Company>>
{
    public async ValueTask<Result<Company>> Handle(RecommendCompanyCommand command, CancellationToken cancellationToken) =>
        await grains.GetGrain<ILabGrain>(command.LabId).RecommendCompanyAsync(command.CompanyId);
}
