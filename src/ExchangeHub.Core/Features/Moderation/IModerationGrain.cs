using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Moderation;

/// <summary>The operators' queue of flagged posts (a single grain, key 0).</summary>
public interface IModerationGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a report; a second report of the same post by the same person replaces the first.</summary>
    Task<Result<PostFlag>> FlagAsync(PostFlag flag);

    [ReadOnly]
    Task<IReadOnlyList<PostFlag>> ListAsync();

    /// <summary>Takes a flag out of the queue once an operator has decided it; null when there is none.</summary>
    Task<PostFlag?> CloseAsync(string threadId, long seq);
}
