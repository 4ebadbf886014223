using Microsoft.Extensions.Logging;

namespace ExchangeHub.Core.Common.Grains;

/// <summary>
/// A grain call that throws may have changed the activation's state in memory and then failed to store it, for
/// instance when the node holding a grain it called died mid-call. Grains return results for expected failures and
/// throw only when something broke, so such an activation is dropped: the next call activates the grain afresh from
/// the stored state, and no number handed out in memory (a post's seq) is skipped or reused.
/// </summary>
public sealed class ReloadAfterFailedCall(ILogger<ReloadAfterFailedCall> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (context.Grain is Grain)
        {
            logger.LogWarning("{Grain}.{Method} failed with {Exception}; the activation reloads its stored state on the next call",
                context.TargetId, context.MethodName, exception.GetType().Name);
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, exception, "A call failed; reload the stored state."));
            throw;
        }
    }
}
