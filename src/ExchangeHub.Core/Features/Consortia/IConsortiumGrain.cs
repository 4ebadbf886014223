using ExchangeHub.Core.Common.Live;
using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Consortia;

/// <summary>
/// One consortium (keyed by id): its lead lab, member labs and their states, status and deadline; owns the
/// consortium:{id} stream and the deadline reminder.
/// </summary>
public interface IConsortiumGrain : IGrainWithStringKey
{
    Task<Result<ConsortiumView>> CreateAsync(NewConsortium created);

    [ReadOnly]
    Task<ConsortiumView?> GetAsync();

    Task<Result<ConsortiumView>> UpdateAsync(string name, string purpose, DateTimeOffset? deadline);

    Task<Result<ConsortiumView>> InviteAsync(string labId, string labName);

    /// <summary>The invited lab accepts (joins) or declines.</summary>
    Task<Result<ConsortiumView>> RespondAsync(string labId, bool accept);

    Task<Result<ConsortiumView>> LeaveAsync(string labId);

    /// <summary>Makes another joined lab the lead; its secretariat runs the consortium from then on.</summary>
    Task<Result<ConsortiumView>> HandOverAsync(string labId);

    Task<Result<ConsortiumView>> SetStatusAsync(string status, bool byOperator);

    /// <summary>Sends the deadline notices that are due (14, 7 and 1 days before, and at the deadline); the reminder calls it.</summary>
    Task CheckDeadlineAsync();

    [ReadOnly]
    Task<Result<IReadOnlyList<LiveEvent>>> GetEventsAfterAsync(long afterSeq);
}
