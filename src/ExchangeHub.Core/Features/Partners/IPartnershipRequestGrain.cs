using ExchangeHub.Core.Common.Results;
using Orleans.Concurrency;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>One partnership request, keyed by its id: pending until the asked lab's admins accept or decline it, once.</summary>
public interface IPartnershipRequestGrain : IGrainWithStringKey
{
    Task<Result<PartnershipRequest>> CreateAsync(PartnershipRequest request);

    [ReadOnly]
    Task<PartnershipRequest?> GetAsync();

    /// <summary>
    /// Accepts (the asked lab joins the named consortium, or a new one led by the asking lab) or declines. Requests
    /// are answered one at a time, so a second answer, however close, is a conflict.
    /// </summary>
    Task<Result<PartnershipRequest>> AnswerAsync(bool accept, string answeredByName);
}
