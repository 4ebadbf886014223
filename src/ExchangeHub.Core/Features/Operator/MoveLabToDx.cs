using ExchangeHub.Core.Common.Messaging;
using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Common.Text;
using ExchangeHub.Core.Features.Applications;
using ExchangeHub.Core.Features.Labs;
using ExchangeHub.Core.Features.Search;
using Mediator;

namespace ExchangeHub.Core.Features.Operator;

/// <summary>
/// An operator accepts an IoT lab's transition plan and moves the lab to the DX programme. A plan is accepted only
/// when complete (every section and review criterion), so the answer to an incomplete one says what is missing.
/// </summary>
public sealed record MoveLabToDxCommand(string LabId) : ICommand<Result<LabDetails>>, IRequireOperator;

public sealed class MoveLabToDxHandler(IGrainFactory grains, TimeProvider clock) : ICommandHandler<MoveLabToDxCommand, Result<LabDetails>>
{
    public async ValueTask<Result<LabDetails>> Handle(MoveLabToDxCommand command, CancellationToken cancellationToken)
    {
        var lab = grains.GetGrain<ILabGrain>(command.LabId);
        if (await lab.GetAsync() is not { } details)
        {
            return Problem.NotFound("ラボ", "The lab");
        }

        if (details.Fields.Programme == Programmes.Iot)
        {
            var plan = Completeness.Of(await grains.GetGrain<IApplicationGrain>(ApplicationKeys.Lab(command.LabId)).GetAsync());
            if (plan.Missing.Count > 0)
            {
                return Problem.Conflict(Say.Text("移行計画がまだ完成していません: ", "The transition plan is not complete yet: ") + string.Join(" ", plan.Missing));
            }
        }

        var moved = await lab.MoveToDxAsync();
        if (moved.IsSuccess)
        {
            SearchIndexing.Upsert(grains, SearchDocuments.Lab(moved.ValueOrThrow(), clock.GetUtcNow()));
        }

        return moved;
    }
}
