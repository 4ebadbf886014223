using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Activity;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.Operator;

public sealed record ApproveLabCommand(string LabId) : ICommand<Result<LabDetails>>, IRequireOperator;

public sealed class ApproveLabHandler(IGrainFactory grains, TimeProvider clock) : ICommandHandler<ApproveLabCommand, Result<LabDetails>>
{
    public async ValueTask<Result<LabDetails>> Handle(ApproveLabCommand command, CancellationToken cancellationToken)
    {
        var lab = grains.GetGrain<ILabGrain>(command.LabId);
        var wasPending = (await lab.GetAsync())?.Status == LabStatuses.Pending;
        var approved = await lab.ApproveAsync();
        if (approved.IsSuccess && wasPending)
        {
            var details = approved.ValueOrThrow();
            await grains.GetGrain<IActivityGrain>(0).RecordAsync(new ActivityItem(
                ActivityKinds.LabApproved, details.Fields.Name, details.Id, details.Fields.Name, $"/labs/{details.Id}", clock.GetUtcNow()));
        }

        return approved;
    }
}
